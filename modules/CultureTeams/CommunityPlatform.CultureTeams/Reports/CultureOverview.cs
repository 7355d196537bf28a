using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Reports;

/// <summary>
/// Culture's headline figures on the street's and the city's overview, in one grouped query: activities held in the
/// last 12 months and their attendances (人次), counted as the activity report counts them (held, recorded or closed,
/// by the month they started); the trend counts activities held per month.
/// </summary>
public sealed class CultureOverview(CultureTeamsDbContext db, TimeProvider clock) : IOverviewFigures, IScopedService
{
    private static readonly ActivityState[] Happened = [ActivityState.Held, ActivityState.Recorded, ActivityState.Closed];

    public string Module => CultureTeamsModule.Name;

    public IReadOnlyList<OverviewFigure> Figures { get; } =
    [
        new("culture.activities", "活动（近12个月）", "Activities (12 months)"),
        new("culture.attendances", "参加人次（近12个月）", "Attendances (12 months)"),
    ];

    public IReadOnlyList<OverviewFigure> Trends { get; } = [new("culture.activities", "文化活动", "Activities held")];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, FigureValue>>> ReadAsync(IReadOnlyCollection<CommunityInfo> communities, CancellationToken ct)
    {
        var ids = communities.Select(c => c.Id).ToList();
        var since = ChinaTime.StartOf(clock.Today().AddYears(-1).AddDays(1));
        var held = await db.Activities.Of(ids).Where(a => Happened.Contains(a.State) && a.StartsAt >= since)
            .GroupBy(a => a.CommunityId).Select(g => new { g.Key, Count = g.Count(), Attendance = g.Sum(a => a.Attendance) })
            .ToDictionaryAsync(g => g.Key, ct);
        return ids.ToDictionary(id => id, id => (IReadOnlyDictionary<string, FigureValue>)new Dictionary<string, FigureValue>
        {
            ["culture.activities"] = new(held.TryGetValue(id, out var h) ? h.Count : 0),
            ["culture.attendances"] = new(h?.Attendance ?? 0),
        });
    }

    public async Task<IReadOnlyList<(DateOnly Month, string Key, long Value)>> TrendAsync(IReadOnlyCollection<CommunityInfo> communities, DateOnly firstMonth, CancellationToken ct)
    {
        var since = ChinaTime.StartOf(firstMonth);
        var starts = await db.Activities.Of(communities.Select(c => c.Id).ToList()).Where(a => Happened.Contains(a.State) && a.StartsAt >= since)
            .Select(a => a.StartsAt).ToListAsync(ct);
        return starts.Select(ChinaTime.Local).GroupBy(d => new DateOnly(d.Year, d.Month, 1)).Select(g => (g.Key, "culture.activities", (long)g.Count())).ToList();
    }
}
