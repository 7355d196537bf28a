using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.CultureTeams.Reports;

/// <summary>
/// The culture figures from the records. Every report takes <c>scope=community|street|city</c> (default community) and
/// a period <c>from</c>/<c>to</c> (default the last 12 months, China time).
/// </summary>
[Route("api/culture/reports")]
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class ReportsController(CultureReports reports) : ModuleController
{
    /// <summary>Activities and attendances (人次) by month, kind, team and point; participants, trainings, publicity.</summary>
    [HttpGet("activities")]
    public Task<ActivityReport> Activities([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.ActivitiesAsync(scope, from, to, ct);

    /// <summary>Volunteers, confirmed hours, hours per volunteer, stars, share of Party members.</summary>
    [HttpGet("volunteers")]
    public Task<VolunteerReport> Volunteers([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.VolunteersAsync(scope, from, to, ct);

    /// <summary>Each venue's bookings, use and no-shows.</summary>
    [HttpGet("venues")]
    public Task<VenueUseReport> Venues([FromQuery] ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct) =>
        reports.VenuesAsync(scope, from, to, ct);
}
