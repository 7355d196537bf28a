using CommunityPlatform.Communities.Overview;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Security;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Communities.Pages;

/// <summary>
/// The big screen (大屏) of a street's or the city's service centre: full-screen, dark, large type for 1920×1080 read
/// from five metres — the overview's totals, the communities' ranking and a live feed of new and overdue events. The
/// page is drawn once; a small script asks <c>?handler=Data</c> every 30 s and rewrites the figures and the feed in
/// place (no reload, nothing added to the page over days, nothing from the internet). Display accounts see this only.
/// </summary>
[AcrossCommunities]
[ShownOnDisplays]
[RequiresPermission(DisplayAccounts.ScreenPermission)]
public sealed class ScreenModel(OverviewReader overview, OverviewSweep sweep) : PageModel
{
    public const int FeedLines = 12;

    /// <summary>Rows of the ranking on the wall (1920×1080 from five metres).</summary>
    public const int Shown = 20;

    public OverviewDto Overview { get; private set; } = null!;
    public IReadOnlyList<CommunityPlatform.Application.ScreenItem> Feed { get; private set; } = [];

    /// <summary>Seconds between refreshes: 30 unless <c>?every=</c> says otherwise (5 to 600).</summary>
    public int Every { get; private set; } = 30;

    public async Task OnGetAsync(int? every, CancellationToken ct)
    {
        Every = Math.Clamp(every ?? 30, 5, 600);
        Overview = await overview.ReadAsync(ct);
        Feed = await sweep.FeedAsync(FeedLines, ct);
    }

    /// <summary>
    /// What the screen's script redraws: the totals, the figures of the communities the page shows and the feed, already
    /// formatted — from the view's kept snapshot (<see cref="ScreenSnapshots"/>: at most ~30 s old), not a new sum each time.
    /// </summary>
    public async Task<IActionResult> OnGetDataAsync([FromServices] ScreenSnapshots snapshots, [FromServices] CommunityPlatform.Tenancy.RequestContext current)
    {
        var snapshot = await snapshots.GetAsync(current.Access!, BuildAsync);
        return new JsonResult(snapshot.Data);
    }

    private static async Task<object> BuildAsync(IServiceProvider services, CancellationToken ct)
    {
        var o = await services.GetRequiredService<OverviewReader>().ReadAsync(ct);
        var feed = await services.GetRequiredService<OverviewSweep>().FeedAsync(FeedLines, ct);
        var figures = o.Modules.SelectMany(m => m.Figures).ToList();
        return new
        {
            total = figures.ToDictionary(f => f.Key, f => OverviewModel.Show(o.Total.GetValueOrDefault(f.Key), f)),
            // Only the rows the page shows: a city's 10,000 would be megabytes every refresh for nothing.
            communities = o.Communities.Take(Shown).ToDictionary(c => c.Code, c => figures.ToDictionary(f => f.Key, f => OverviewModel.Show(c.Values.GetValueOrDefault(f.Key), f))),
            feed = feed.Select(i => new { time = Time(i.At), kind = i.Kind, community = i.Community, text = i.Text }).ToList(),
            at = Time(DateTime.UtcNow),
        };
    }

    public static string Time(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), CommunityPlatform.Application.CommunityCalendar.Zone).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
