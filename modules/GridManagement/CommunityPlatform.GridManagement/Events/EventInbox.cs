using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// Where other modules hand in events (the market's complaints): to the grid covering the building, else the given
/// grid, else the community's level-1 grid.
/// </summary>
public sealed class EventInbox(GridDbContext db, EventService events) : IGridEventInbox, IScopedService
{
    public Task<Guid> OpenAsync(OpenGridEvent request, CancellationToken cancellationToken) => OpenAsync(request, null, cancellationToken);

    /// <param name="requestId">Another module's request: when an event was opened for it already, that event is the answer.</param>
    public async Task<Guid> OpenAsync(OpenGridEvent request, Guid? requestId, CancellationToken cancellationToken)
    {
        if (requestId is { } id && await db.Events.IgnoreQueryFilters().Where(e => e.RequestId == id && e.CommunityId == db.Scope.CommunityId)
                .Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
            return existing;

        var grids = await db.Grids.AsNoTracking().Select(g => new { g.Id, g.Level, g.BuildingIds, g.Sequence }).ToListAsync(cancellationToken);
        var grid = (request.BuildingId is { } building ? grids.FirstOrDefault(g => g.BuildingIds.Contains(building))?.Id : null)
                   ?? grids.FirstOrDefault(g => g.Id == request.GridId)?.Id
                   ?? grids.Where(g => g.Level == GridLevel.Community).OrderBy(g => g.Sequence).FirstOrDefault()?.Id
                   ?? throw new BusinessRuleException(GridErrors.NoGridForEvent);
        var opened = events.Open(grid, EventSource.OtherModule, request.Kind, request.Title, request.Description, request.Reporter,
            request.Kind == EventKind.Dispute ? request.Reporter ?? request.SourceModule : null);
        if (requestId is { } key) opened.OpenedFor(key);
        await db.SaveChangesAsync(cancellationToken);
        return opened.Id;
    }
}
