using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Reports;

/// <summary>The community's grid figures of the last 30 days: the reports of the API on one page.</summary>
/// <remarks>Named GridReports, not Reports: Razor paths are one set across modules, and the Party module has /Reports/Reports.cshtml.</remarks>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class GridReportsModel(GridReports reports) : PageModel
{
    public EventReport Events { get; private set; } = null!;
    public DisputeReport Disputes { get; private set; } = null!;
    public PatrolReport Patrols { get; private set; } = null!;
    public string ByKind { get; private set; } = "";
    public string ByWorker { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Events = await reports.EventsAsync(ReportScope.Community, null, null, ct);
        Disputes = await reports.DisputesAsync(ReportScope.Community, null, null, ct);
        Patrols = await reports.PatrolsAsync(ReportScope.Community, null, null, ct);
        var diaries = await reports.DiariesAsync(ReportScope.Community, null, null, ct);
        ByKind = BarChart.Svg(Lang.T("事件类别", "Events by kind"), Events.ByKind.Select(l => (l.Label, l.Count)).ToList());
        ByWorker = BarChart.Svg(Lang.T("民情日记（按网格员）", "Visit diary by worker"), diaries.ByWorker.Take(12).Select(l => (l.Label, l.Count)).ToList());
    }
}
