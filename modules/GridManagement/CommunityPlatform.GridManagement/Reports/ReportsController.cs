using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Reports;

/// <summary>
/// The grid figures from the records. Every report takes <c>scope=community|street|city</c> (default community) and a
/// period <c>from</c>/<c>to</c> (default the last 30 days, China time); rates carry the counts they come from.
/// </summary>
[Route("api/grid/reports")]
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class ReportsController(GridReports reports) : ModuleController
{
    [HttpGet("events")]
    public Task<EventReport> Events([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.EventsAsync(scope, from, to, ct);

    /// <summary>Events escalated to the street and to the city in the period: received, answered, answered within the answer time, waiting, overdue.</summary>
    [HttpGet("escalations")]
    public Task<EscalationReport> Escalations([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.EscalationsAsync(scope, from, to, ct);

    [HttpGet("disputes")]
    public Task<DisputeReport> Disputes([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.DisputesAsync(scope, from, to, ct);

    [HttpGet("patrols")]
    public Task<PatrolReport> Patrols([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.PatrolsAsync(scope, from, to, ct);

    [HttpGet("diaries")]
    public Task<DiaryReport> Diaries([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.DiariesAsync(scope, from, to, ct);
}
