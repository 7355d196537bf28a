using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

/// <summary>The households and living residents of some buildings, as other modules read them.</summary>
internal sealed class BuildingRosters(ResidentsDbContext db) : IBuildingRosters, IScopedService
{
    public async Task<BuildingRoster> GetAsync(IReadOnlyCollection<Guid> buildingIds, CancellationToken cancellationToken)
    {
        var wanted = buildingIds.Distinct().ToList();
        if (wanted.Count == 0) return new BuildingRoster([], []);
        var households = await db.Households.AsNoTracking().Where(h => h.BuildingId != null && wanted.Contains(h.BuildingId.Value))
            .OrderBy(h => h.BuildingId).ThenBy(h => h.Dwelling).ThenBy(h => h.Address).ToListAsync(cancellationToken);
        var residents = await db.Residents.AsNoTracking()
            .Where(r => r.BuildingId != null && wanted.Contains(r.BuildingId.Value) && r.Status == ResidentStatus.Living)
            .OrderBy(r => r.BuildingId).ThenBy(r => r.HouseholdId).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        return new BuildingRoster(
            households.Select(h => new RosterHousehold(h.Id, h.BuildingId!.Value, h.Address, h.Dwelling, h.Tenure, h.Tags)).ToList(),
            residents.Select(r => new RosterResident(r.Id, r.Name, r.Gender, r.BirthDate, r.HouseholdId, r.BuildingId!.Value, r.ResidenceType, r.Tags, r.RelationToHead)).ToList());
    }
}
