using System.Globalization;
using System.Net;
using CommunityPlatform.GridManagement.Patrols;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.GridManagement.Reports;

/// <summary>
/// The grid cards of the dashboard: events of the last 30 days by state, and the figures a secretary looks at first
/// (closure rate, overdue in progress, today's patrol coverage). A grid worker's cards count their own grids only.
/// </summary>
public sealed class GridCards(GridReports reports) : IDashboardCards, IScopedService
{
    public string Module => GridManagementModule.Name;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken ct)
    {
        var events = await reports.EventsAsync(ReportScope.Community, null, null, ct);
        var today = await reports.PatrolsAsync(ReportScope.Community, reports.Period(null, null).To, null, ct);
        var facts = string.Concat(
            Fact(Lang.T("结案率", "Closure rate"), $"{events.Closure.Percent.ToString("0.0", CultureInfo.InvariantCulture)}% ({events.Closure.Count}/{events.Closure.Of})", "grid-closure"),
            Fact(Lang.T("超期未办结", "Overdue in progress"), events.OverdueInProgress.ToString(CultureInfo.InvariantCulture), "grid-overdue"),
            Fact(Lang.T("超期办结", "Resolved late"), events.OverdueClosed.ToString(CultureInfo.InvariantCulture), "grid-late"),
            Fact(Lang.T("今日巡查覆盖率", "Patrol coverage today"), $"{today.Coverage.Percent.ToString("0.0", CultureInfo.InvariantCulture)}%", "grid-coverage"),
            Fact(Lang.T("平均办理时长（小时）", "Average handling (hours)"), events.AverageHandlingHours.ToString("0.0", CultureInfo.InvariantCulture), "grid-hours"));
        return
        [
            new(Lang.T("网格事件", "Grid events"), $"<div class=\"facts\">{facts}</div>", 30),
            new(Lang.T("事件状态（近30天）", "Events by state (30 days)"),
                BarChart.Svg(Lang.T("事件状态（近30天）", "Events by state (30 days)"), events.ByState.Select(l => (l.Label, l.Count)).ToList()), 31),
        ];
    }

    private static string Fact(string label, string value, string id) =>
        $"<div class=\"fact\"><div class=\"muted\">{WebUtility.HtmlEncode(label)}</div><div class=\"value\" data-fact=\"{id}\">{WebUtility.HtmlEncode(value)}</div></div>";
}
