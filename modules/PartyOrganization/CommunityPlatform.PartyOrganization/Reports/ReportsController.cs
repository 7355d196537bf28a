using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Reports;

/// <summary>
/// The figures the communities publish, from the records. Every report takes <c>scope=community|street|city</c>
/// (default community; street and city sum the communities an account may see); rates carry the counts they come from.
/// </summary>
[Route("api/party/reports")]
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class ReportsController(PartyReports reports) : ModuleController
{
    [HttpGet("members")]
    public Task<MemberReport> Members([FromQuery] CommunityPlatform.Tenancy.ReportScope scope, CancellationToken ct) => reports.MembersAsync(scope, ct);

    /// <summary>Pledges made in the period <c>from</c>–<c>to</c> (default the last 12 months) and how many were kept.</summary>
    [HttpGet("pledges")]
    public Task<PledgeReport> Pledges(
        [FromQuery] CommunityPlatform.Tenancy.ReportScope scope, [FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var (start, end) = reports.Period(from, to);
        return reports.PledgesAsync(scope, start, end, ct);
    }

    /// <summary>三会一课 completion per branch in a quarter (default: this quarter).</summary>
    [HttpGet("meetings")]
    public Task<MeetingReport> Meetings(
        [FromQuery] CommunityPlatform.Tenancy.ReportScope scope, [FromQuery, System.ComponentModel.DataAnnotations.Range(2000, 2100)] int? year,
        [FromQuery, System.ComponentModel.DataAnnotations.Range(1, 4)] int? quarter, CancellationToken ct) =>
        reports.MeetingsAsync(scope, year, quarter, ct);

    /// <summary>在职党员到社区报到: the share of in-service members held at their employer who reported in.</summary>
    [HttpGet("report-in")]
    public Task<ReportInReport> ReportIn([FromQuery] CommunityPlatform.Tenancy.ReportScope scope, CancellationToken ct) => reports.ReportInAsync(scope, ct);

    [HttpGet("dues")]
    public Task<DuesReport> Dues(
        [FromQuery] CommunityPlatform.Tenancy.ReportScope scope, [FromQuery, System.ComponentModel.DataAnnotations.RegularExpression(@"^\d{4}-(0[1-9]|1[0-2])$")] string? month,
        CancellationToken ct) =>
        reports.DuesAsync(scope, month, ct);
}
