using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

/// <summary>Households as other modules read them, and the low-income tag the 低保 register keeps in step.</summary>
internal sealed class HouseholdRegistry(ResidentsDbContext db) : IHouseholdRegistry, IScopedService
{
    public async Task<IReadOnlyList<ResidentSummary>> LivingMembersAsync(IEnumerable<Guid> householdIds, CancellationToken cancellationToken)
    {
        var wanted = householdIds.Distinct().ToList();
        if (wanted.Count == 0) return [];
        var residents = await db.Residents.AsNoTracking()
            .Where(r => r.HouseholdId != null && wanted.Contains(r.HouseholdId.Value) && r.Status == ResidentStatus.Living)
            .OrderBy(r => r.HouseholdId).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        return residents.Select(ResidentMapper.ToSummary).ToList();
    }

    public async Task<IReadOnlyList<HouseholdSummary>> TaggedAsync(HouseholdTag tag, CancellationToken cancellationToken)
    {
        var bit = TagBitsOf.Bit(tag);
        var households = await db.Households.AsNoTracking().Where(h => (h.TagBits & bit) != 0).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return households.Select(h => new HouseholdSummary(h.Id, h.BuildingId, h.Address, h.Dwelling, h.Tags)).ToList();
    }

    public async Task<bool> SetLowIncomeAsync(Guid householdId, bool onLowIncome, CancellationToken cancellationToken)
    {
        var household = await db.Households.FirstOrDefaultAsync(h => h.Id == householdId, cancellationToken);
        if (household is null) return false;
        household.Update(household.BuildingId, household.Address, household.Dwelling, household.Tenure, With(household.Tags, HouseholdTag.LowIncome, onLowIncome));
        var members = await db.Residents.Where(r => r.HouseholdId == householdId && r.Status == ResidentStatus.Living).ToListAsync(cancellationToken);
        foreach (var member in members)
            member.Retag(With(member.Tags, ResidentTag.LowIncome, onLowIncome));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static List<T> With<T>(IEnumerable<T> tags, T tag, bool present) where T : struct, Enum =>
        present ? tags.Append(tag).Distinct().ToList() : tags.Where(t => !t.Equals(tag)).ToList();
}
