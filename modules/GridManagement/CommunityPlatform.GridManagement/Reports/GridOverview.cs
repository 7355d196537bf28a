using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Reports;

/// <summary>
/// The grid's headline figures on the street's and the city's overview, for many communities in a few grouped
/// queries: events open and overdue now, those waiting for the street's answer, closed of those reported in the last 30 days (as the dashboard's closure
/// rate), and today's patrol coverage (buildings patrolled of buildings in building-group grids); the trend counts the
/// events reported per month.
/// </summary>
public sealed class GridOverview(GridDbContext db, TimeProvider clock) : IOverviewFigures, IScopedService
{
    public string Module => GridManagementModule.Name;

    public IReadOnlyList<OverviewFigure> Figures { get; } =
    [
        new("grid.open", "在办事件", "Open events", HigherIsBetter: false),
        new("grid.overdue", "超期事件", "Overdue events", HigherIsBetter: false),
        new("grid.escalated", "待街道答复", "Waiting for the street", HigherIsBetter: false),
        new("grid.closure", "结案率（近30天）", "Closure (30 days)", IsRate: true),
        new("grid.coverage", "今日巡查覆盖率", "Patrolled today", IsRate: true),
    ];

    public IReadOnlyList<OverviewFigure> Trends { get; } = [new("grid.reported", "上报事件", "Events reported")];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, FigureValue>>> ReadAsync(IReadOnlyCollection<CommunityInfo> communities, CancellationToken ct)
    {
        var ids = communities.Select(c => c.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = clock.Today();
        var since = GridFigures.Start(today.AddDays(-29));
        var open = await db.Events.Of(ids).Where(e => e.State != EventState.Resolved && e.State != EventState.Closed)
            .GroupBy(e => e.CommunityId).Select(g => new { g.Key, Open = g.Count(), Overdue = g.Count(e => e.Deadline < now), Escalated = g.Count(e => e.State == EventState.Escalated) })
            .ToListAsync(ct);
        var recent = await db.Events.Of(ids).Where(e => e.ReportedAt >= since)
            .GroupBy(e => e.CommunityId).Select(g => new { g.Key, All = g.Count(), Closed = g.Count(e => e.State == EventState.Closed) }).ToListAsync(ct);
        var grids = await db.Grids.Of(ids).Where(g => g.Level == GridLevel.BuildingGroup).Select(g => new { g.CommunityId, g.BuildingIds }).ToListAsync(ct);
        var patrols = await db.Patrols.Of(ids).Where(p => p.Day == today).Select(p => new { p.CommunityId, p.BuildingIds }).ToListAsync(ct);

        var (openBy, recentBy) = (open.ToDictionary(x => x.Key), recent.ToDictionary(x => x.Key));
        var (gridsBy, patrolsBy) = (grids.ToLookup(g => g.CommunityId), patrols.ToLookup(p => p.CommunityId));
        var result = new Dictionary<Guid, IReadOnlyDictionary<string, FigureValue>>();
        foreach (var id in ids)
        {
            var o = openBy.GetValueOrDefault(id);
            var r = recentBy.GetValueOrDefault(id);
            var buildings = gridsBy[id].SelectMany(g => g.BuildingIds).ToHashSet();
            var walked = patrolsBy[id].SelectMany(p => p.BuildingIds).Where(buildings.Contains).Distinct().Count();
            result[id] = new Dictionary<string, FigureValue>
            {
                ["grid.open"] = new(o?.Open ?? 0),
                ["grid.overdue"] = new(o?.Overdue ?? 0),
                ["grid.escalated"] = new(o?.Escalated ?? 0),
                ["grid.closure"] = new(r?.Closed ?? 0, r?.All ?? 0),
                ["grid.coverage"] = new(walked, buildings.Count),
            };
        }

        return result;
    }

    public async Task<IReadOnlyList<(DateOnly Month, string Key, long Value)>> TrendAsync(IReadOnlyCollection<CommunityInfo> communities, DateOnly firstMonth, CancellationToken ct)
    {
        var since = GridFigures.Start(firstMonth);
        var reported = await db.Events.Of(communities.Select(c => c.Id).ToList()).Where(e => e.ReportedAt >= since).Select(e => e.ReportedAt).ToListAsync(ct);
        return reported.Select(at => TimeZoneInfo.ConvertTimeFromUtc(at, CommunityCalendar.Zone)).GroupBy(at => new DateOnly(at.Year, at.Month, 1))
            .Select(g => (g.Key, "grid.reported", (long)g.Count())).ToList();
    }
}
