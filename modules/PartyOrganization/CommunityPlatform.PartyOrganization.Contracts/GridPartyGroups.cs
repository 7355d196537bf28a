namespace CommunityPlatform.PartyOrganization;

/// <summary>The Party group (网格党小组) serving a grid, with its leader, as the grid module may show it on the grid's page.</summary>
public sealed record GridPartyGroup(Guid GridId, Guid UnitId, string Name, string? LeaderName);

/// <summary>
/// The Party groups linked to the community's grids, for the grid module's side of the link. Absent when the Party
/// module is not installed; the caller also asks the module switch, and shows nothing when it is off.
/// </summary>
public interface IGridPartyGroups
{
    Task<IReadOnlyList<GridPartyGroup>> GetAsync(CancellationToken cancellationToken);
}
