using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.GridManagement.Application;

/// <summary>
/// A grid worker's grids: those where the account holds a post, and the grids below them. Accounts with
/// <see cref="GridPermissions.AllGrids"/> are not asked. Read before the narrowing applies, so it sees every post.
/// </summary>
public sealed class GridAccess : INarrowedAccessSource, ISingletonService
{
    public string Module => GridManagementModule.Name;

    public string WholeAccessPermission => GridPermissions.AllGrids;

    public string ReadPermission => GridPermissions.View;

    public async Task<IReadOnlyCollection<Guid>> KeysAsync(Guid accountId, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var db = requestServices.GetRequiredService<GridDbContext>();
        var own = await db.Staff.AsNoTracking().Where(s => s.AccountId == accountId).Select(s => s.GridId).Distinct().ToListAsync(cancellationToken);
        if (own.Count == 0) return [];
        var tree = await db.Grids.AsNoTracking().Select(g => new { g.Id, g.ParentId }).ToListAsync(cancellationToken);
        return Domain.Grid.Subtrees(tree.Select(g => (g.Id, g.ParentId)), own);
    }
}
