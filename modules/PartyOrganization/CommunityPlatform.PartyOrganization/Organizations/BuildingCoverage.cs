using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.Residents;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>Building Party groups (一干多支): the buildings a group covers are the registry's, and each is in one group at most.</summary>
public sealed class BuildingCoverage(PartyDbContext db, IResidentDirectory registry) : IScopedService
{
    /// <summary>Gives the unit its buildings, after checking that only a group covers any and that none is another group's.</summary>
    public async Task CoverAsync(OrganizationUnit unit, IReadOnlyList<Guid>? buildingIds, CancellationToken ct)
    {
        unit.CoverBuildings(buildingIds ?? []);
        var wanted = unit.BuildingIds;
        if (wanted.Count == 0) return;
        var unitId = unit.Id;
        var known = (await registry.GetBuildingsAsync(wanted, ct)).Select(b => b.Id).ToHashSet();
        if (wanted.FirstOrDefault(id => !known.Contains(id)) is var missing && missing != Guid.Empty)
            throw new InvalidInputException(PartyErrors.BuildingNotInRegistry, "buildingIds", PartyErrors.BuildingNotInRegistry.Localized());
        var groups = await db.Units.AsNoTracking().Where(u => u.Id != unitId && u.Kind == UnitKind.Group).ToListAsync(ct);
        if (groups.FirstOrDefault(g => g.BuildingIds.Any(wanted.Contains)) is { } other)
            throw new BusinessRuleException(PartyErrors.BuildingInOtherGroup, Lang.T($"该楼栋已属于{other.Name}。", $"A building is already in {other.Name}."));
    }
}
