using CommunityPlatform.EmploymentHelp.Placements;
using CommunityPlatform.EmploymentHelp.ZeroEmployment;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>
/// The module's page: the period's figures for everyone who may view, and — for the labour officer and the secretary —
/// the follow-ups due, the households past their clock and the ledgers to export.
/// </summary>
[RequiresCommunity]
[RequiresPermission(EmploymentPermissions.View)]
public sealed class EmploymentOverviewModel(EmploymentReports reports, PlacementService placements, ZeroEmploymentService zero, RequestContext context) : PageModel
{
    public EmploymentSummary Summary { get; private set; } = null!;
    public string ByCategory { get; private set; } = "";
    public Application.Paged<DueFollowUpDto> Due { get; private set; } = new([], 0);
    public Application.Paged<ZeroEmploymentDto> Overdue { get; private set; } = new([], 0);
    public bool CanSeeCases => context.Has(EmploymentPermissions.Cases);

    public async Task OnGetAsync([FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var (f, t) = (from, to);
        if (f > t) (f, t) = (null, null);
        Summary = await reports.SummaryAsync(ReportScope.Community, f, t, ct);
        ByCategory = BarChart.Svg(Lang.T("就业困难人员（按类别）", "Difficulty persons by category"), Summary.DifficultyByCategory.Select(l => (l.Label, l.Count)).ToList());
        if (!CanSeeCases) return;
        Due = await placements.DueAsync(new DueFollowUpQuery { PageSize = 50 }, ct);
        Overdue = await zero.ListAsync(new ZeroEmploymentQuery { OverdueOnly = true, PageSize = 50 }, ct);
    }
}
