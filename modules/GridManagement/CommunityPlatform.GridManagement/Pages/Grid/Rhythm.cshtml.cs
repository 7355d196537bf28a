using CommunityPlatform.GridManagement.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Pages.Grid;

/// <summary>This week's report, this quarter's analysis and this year's evaluation, from the records.</summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class RhythmModel(ReportingRhythm rhythm) : PageModel
{
    public WeeklyReport Week { get; private set; } = null!;
    public QuarterlyAnalysis Quarter { get; private set; } = null!;
    public YearlyEvaluation Year { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Week = await rhythm.WeekAsync(null, ct);
        Quarter = await rhythm.QuarterAsync(null, null, ct);
        Year = await rhythm.YearAsync(null, ct);
    }
}
