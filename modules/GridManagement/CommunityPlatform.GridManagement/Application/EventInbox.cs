using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Domain;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Application;

/// <summary>
/// Where other modules hand in events (the market's complaints): to the grid covering the building, else the given
/// grid, else the community's level-1 grid.
/// </summary>
public sealed class EventInbox(GridDbContext db, EventService events) : IGridEventInbox, IScopedService
{
    public async Task<Guid> OpenAsync(OpenGridEvent request, CancellationToken cancellationToken)
    {
        var grids = await db.Grids.AsNoTracking().Select(g => new { g.Id, g.Level, g.BuildingIds, g.Sequence }).ToListAsync(cancellationToken);
        var grid = (request.BuildingId is { } building ? grids.FirstOrDefault(g => g.BuildingIds.Contains(building))?.Id : null)
                   ?? grids.FirstOrDefault(g => g.Id == request.GridId)?.Id
                   ?? grids.Where(g => g.Level == GridLevel.Community).OrderBy(g => g.Sequence).FirstOrDefault()?.Id
                   ?? throw new BusinessRuleException(GridErrors.NoGridForEvent);
        var opened = events.Open(grid, EventSource.OtherModule, request.Kind, request.Title, request.Description, request.Reporter,
            request.Kind == EventKind.Dispute ? request.Reporter ?? request.SourceModule : null);
        await db.SaveChangesAsync(cancellationToken);
        return opened.Id;
    }
}
