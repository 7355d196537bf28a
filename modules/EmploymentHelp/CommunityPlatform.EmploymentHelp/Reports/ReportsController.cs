using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>
/// The employment-help figures from the records: <c>scope=community|street|city</c> (default community) and a period
/// <c>from</c>/<c>to</c> (default the last 12 months, China time). Counts only, so the street and city read them too.
/// </summary>
[Route("api/employment/reports")]
[RequiresCommunity]
[RequiresPermission(EmploymentPermissions.View)]
public sealed class ReportsController(EmploymentReports reports, SummarySheet sheet) : ModuleController
{
    /// <summary>Job seekers, difficulty persons, zero-employment households, placements and follow-ups, training, posts, 低保, visits and aid.</summary>
    [HttpGet("summary")]
    public Task<EmploymentSummary> Summary([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.SummaryAsync(scope, from, to, ct);

    /// <summary>The same figures as a spreadsheet.</summary>
    [HttpGet("summary.xlsx")]
    public async Task<IActionResult> SummaryFile([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var (content, name) = await sheet.BuildAsync(scope, from, to, ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}
