using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Communities.Overview;

/// <summary>
/// The street's or the city's overview: every community it oversees with the headline figures of every module
/// switched on there (each module's <c>IOverviewFigures</c>), the totals, and the trend of the last 12 months; the
/// communities a page at a time in the order asked (<see cref="OverviewQuery"/>).
/// </summary>
[Route("api/platform/overview")]
public sealed class OverviewController(OverviewReader overview) : ModuleController
{
    [HttpGet]
    [AcrossCommunities]
    [RequiresPermission(CommunitiesPermissions.View)]
    public async Task<OverviewDto> Get([FromQuery] OverviewQuery query, CancellationToken ct) =>
        OverviewRanking.Page(await overview.ReadAsync(ct), query);

    /// <summary>The big screen's live feed: every module's newest lines (new and overdue events…), nothing personal, newest first.</summary>
    [HttpGet("feed")]
    [AcrossCommunities]
    [ShownOnDisplays]
    [RequiresPermission(CommunityPlatform.Security.DisplayAccounts.ScreenPermission)]
    public Task<IReadOnlyList<ScreenItem>> Feed([FromServices] OverviewSweep sweep, CancellationToken ct) => sweep.FeedAsync(12, ct);

    /// <summary>The ranking table as a spreadsheet, one row per community and the total.</summary>
    [HttpGet("~/api/platform/overview.xlsx")]
    [AcrossCommunities]
    [RequiresPermission(CommunitiesPermissions.View)]
    public async Task<FileResult> Export(CancellationToken ct) =>
        File(OverviewExport.Write(await overview.ReadAsync(ct)), OverviewExport.MediaType, "overview.xlsx");
}
