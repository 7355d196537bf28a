using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Reports;

/// <summary>
/// The grid's lines on the big screen: events newly reported and events past their deadline, each as its kind, its
/// grid and its state — never its title, reporter or parties, which may name a resident.
/// </summary>
public sealed class GridScreenFeed(GridDbContext db, TimeProvider clock) : IScreenFeed, IScopedService
{
    public string Module => GridManagementModule.Name;

    public async Task<IReadOnlyList<ScreenItem>> LatestAsync(IReadOnlyCollection<CommunityInfo> communities, int count, CancellationToken ct)
    {
        var ids = communities.Select(c => c.Id).ToList();
        var names = communities.ToDictionary(c => c.Id, c => c.Name);
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = await db.Events.Of(ids).OrderByDescending(e => e.ReportedAt).Take(count)
            .Select(e => new { e.CommunityId, e.GridId, e.Kind, e.State, At = e.ReportedAt }).ToListAsync(ct);
        var overdue = await db.Events.Of(ids).Where(e => e.State != EventState.Resolved && e.State != EventState.Closed && e.Deadline < now)
            .OrderByDescending(e => e.Deadline).Take(count).Select(e => new { e.CommunityId, e.GridId, e.Kind, e.State, At = e.Deadline }).ToListAsync(ct);
        var gridIds = fresh.Concat(overdue).Select(e => e.GridId).Distinct().ToList();
        var grids = await db.Grids.Of(ids).Where(g => gridIds.Contains(g.Id)).Select(g => new { g.Id, g.Name }).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        string Line(Guid grid, EventKind kind, EventState state) => $"{grids.GetValueOrDefault(grid) ?? ""} · {GridLabels.Of(kind)} · {GridLabels.Of(state)}";
        return fresh.Select(e => new ScreenItem(e.At, "new", names.GetValueOrDefault(e.CommunityId) ?? "", Lang.T("新事件：", "New: ") + Line(e.GridId, e.Kind, e.State)))
            .Concat(overdue.Select(e => new ScreenItem(e.At, "overdue", names.GetValueOrDefault(e.CommunityId) ?? "", Lang.T("超期：", "Overdue: ") + Line(e.GridId, e.Kind, e.State))))
            .OrderByDescending(i => i.At).Take(count).ToList();
    }
}
