using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Reports;

/// <summary>The market's figures from the records: <c>scope=community|street|city</c> (default community), <c>from</c>/<c>to</c> (default the last 12 months, China time).</summary>
[Route("api/market/reports")]
[RequiresCommunity]
[RequiresPermission(MarketPermissions.View)]
public sealed class ReportsController(MarketReports reports) : ModuleController
{
    [HttpGet("summary")]
    public Task<MarketSummary> Summary([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.SummaryAsync(scope, from, to, ct);
}
