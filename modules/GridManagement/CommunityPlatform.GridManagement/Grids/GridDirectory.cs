using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>The community's grids as other modules may read them (<see cref="IGridDirectory"/>).</summary>
public sealed class GridDirectory(GridDbContext db) : IGridDirectory, IScopedService
{
    public async Task<IReadOnlyList<GridSummary>> GetGridsAsync(CancellationToken cancellationToken) =>
        await db.Grids.AsNoTracking().OrderBy(g => g.Level).ThenBy(g => g.Sequence)
            .Select(g => new GridSummary(g.Id, g.Code, g.Name, g.Level, g.Sequence)).ToListAsync(cancellationToken);
}
