using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// The grids a grid worker may see: those where the account holds a post, and the grids below them; and the registry
/// buildings those grids cover. Read once per request (both narrowings ask for it), and only for accounts some
/// narrowing applies to. Read before any narrowing applies, so it sees every post and every grid.
/// </summary>
internal sealed class OwnGrids(GridDbContext db) : IScopedService
{
    private Guid loadedFor;
    private (HashSet<Guid> Grids, HashSet<Guid> Buildings)? own;

    public async Task<(HashSet<Guid> Grids, HashSet<Guid> Buildings)> GetAsync(Guid accountId, CancellationToken ct)
    {
        if (own is { } loaded && loadedFor == accountId) return loaded;
        loadedFor = accountId;
        var posts = await db.Staff.AsNoTracking().Where(s => s.AccountId == accountId).Select(s => s.GridId).Distinct().ToListAsync(ct);
        if (posts.Count == 0) return (own = ([], [])).Value;
        var tree = await db.Grids.AsNoTracking().Select(g => new { g.Id, g.ParentId, g.BuildingIds }).ToListAsync(ct);
        var grids = Grid.Subtrees(tree.Select(g => (g.Id, g.ParentId)), posts);
        var buildings = tree.Where(g => grids.Contains(g.Id)).SelectMany(g => g.BuildingIds).ToHashSet();
        return (own = (grids, buildings)).Value;
    }
}

/// <summary>
/// Narrows the grid module's own records for accounts without <see cref="GridPermissions.AllGrids"/> (decision 0008):
/// a grid worker sees the records of their own grids.
/// </summary>
public sealed class GridAccess : INarrowedAccessKeys, ISingletonService
{
    /// <summary>The grid module's narrowing: records by their grid.</summary>
    public const string Narrowing = "Grid.Grids";

    public static readonly NarrowedAccessRule Rule = new(Narrowing, ReadPermission: GridPermissions.View, WholeAccessPermission: GridPermissions.AllGrids);

    string INarrowedAccessKeys.Narrowing => Narrowing;

    public string Module => GridManagementModule.Name;

    public async Task<IReadOnlyCollection<Guid>> KeysAsync(Guid accountId, IServiceProvider requestServices, CancellationToken cancellationToken) =>
        (await requestServices.GetRequiredService<OwnGrids>().GetAsync(accountId, cancellationToken)).Grids;
}

/// <summary>
/// The grid module's keys for the registry's narrowing (<see cref="ResidentsNarrowing.Buildings"/>): an account
/// without Residents.People.All reads the residents, households and buildings of the grids it staffs (一格一档).
/// </summary>
public sealed class GridBuildingAccess : INarrowedAccessKeys, ISingletonService
{
    public string Narrowing => ResidentsNarrowing.Buildings;

    public string Module => GridManagementModule.Name;

    public async Task<IReadOnlyCollection<Guid>> KeysAsync(Guid accountId, IServiceProvider requestServices, CancellationToken cancellationToken) =>
        (await requestServices.GetRequiredService<OwnGrids>().GetAsync(accountId, cancellationToken)).Buildings;
}
