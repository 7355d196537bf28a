using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Status;

/// <summary>Where residents stand with employment help, for other modules (a market's stall scoring): flags only, never the case.</summary>
internal sealed class EmploymentStatus(EmploymentHelpDbContext db, Residents.IResidentDirectory directory) : IEmploymentStatus, IScopedService
{
    public async Task<IReadOnlyList<EmploymentStanding>> OfAsync(IEnumerable<Guid> residentIds, CancellationToken cancellationToken)
    {
        var ids = residentIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var residents = await directory.GetManyAsync(ids, cancellationToken);
        var households = residents.Where(r => r.HouseholdId is not null).Select(r => r.HouseholdId!.Value).Distinct().ToList();
        var openHouseholds = (await db.ZeroEmployment.AsNoTracking()
            .Where(z => households.Contains(z.HouseholdId) && (z.State == ZeroEmploymentState.Recognised || z.State == ZeroEmploymentState.Assisting))
            .Select(z => z.HouseholdId).ToListAsync(cancellationToken)).ToHashSet();
        var difficult = (await db.DifficultyCases.AsNoTracking().Where(d => ids.Contains(d.ResidentId) && d.State == DifficultyState.Valid)
            .Select(d => d.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
        var seeking = (await db.JobSeekers.AsNoTracking().Where(j => ids.Contains(j.ResidentId) && j.State == JobSeekerState.Valid)
            .Select(j => j.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
        var householdOf = residents.ToDictionary(r => r.Id, r => r.HouseholdId);
        return ids.Select(id => new EmploymentStanding(id,
            householdOf.GetValueOrDefault(id) is { } h && openHouseholds.Contains(h), difficult.Contains(id), seeking.Contains(id))).ToList();
    }
}
