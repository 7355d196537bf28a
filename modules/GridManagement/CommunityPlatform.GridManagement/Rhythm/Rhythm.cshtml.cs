using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>
/// This week's report, this quarter's analysis and this year's evaluation, from the records. Those who manage grids set
/// how the evaluation weighs its parts here, through the same service as the API.
/// </summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class RhythmModel(ReportingRhythm rhythm, RhythmSheets sheets, RequestContext account) : PageModel
{
    public WeeklyReport Week { get; private set; } = null!;
    public QuarterlyAnalysis Quarter { get; private set; } = null!;
    public YearlyEvaluation Year { get; private set; } = null!;
    public bool CanManage => account.Has(GridPermissions.ManageGrids);

    /// <summary>The weights the form sent, shown again with the reason when they were refused.</summary>
    public EvaluationWeightsRequest? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The week's, quarter's or year's figures as a workbook (<c>?handler=export&amp;report=weekly|quarterly|evaluation</c>).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? report, CancellationToken ct)
    {
        var (content, name) = report switch
        {
            "weekly" => await sheets.WeekAsync(null, ct),
            "quarterly" => await sheets.QuarterAsync(null, null, ct),
            "evaluation" => await sheets.YearAsync(null, ct),
            _ => (null, null),
        };
        return content is null ? NotFound() : File(content, Grids.GridsController.Xlsx, name);
    }

    public async Task<IActionResult> OnPostWeightsAsync(EvaluationWeightsRequest weights, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("weights", () => rhythm.SetWeightsAsync(weights, ct))) return Redirect("/grid/rhythm#weights");
        Refused = weights;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Week = await rhythm.WeekAsync(null, ct);
        Quarter = await rhythm.QuarterAsync(null, null, ct);
        Year = await rhythm.YearAsync(null, ct);
    }
}
