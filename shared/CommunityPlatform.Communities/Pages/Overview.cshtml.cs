using CommunityPlatform.Communities.Overview;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages;

/// <summary>
/// Where a street or city account lands: its communities with every module's headline figures, the total, a ranking
/// sortable by any column (<c>?sort=key&amp;desc=true</c>, on the server: no script needed) 50 rows a page, the trend of 12 months,
/// a way into each community, and the table in Excel.
/// </summary>
[AcrossCommunities]
[RequiresPermission(CommunitiesPermissions.View)]
public sealed class OverviewModel(OverviewReader overview) : PageModel
{
    public OverviewDto Overview { get; private set; } = null!;
    public IReadOnlyList<OverviewRowDto> Rows { get; private set; } = [];
    public string? Sort { get; private set; }
    public bool Descending { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public IReadOnlyList<string> UnavailableNames { get; private set; } = [];

    private const int PageSize = 50;

    public async Task<IActionResult> OnGetAsync(string? sort, bool desc, int page, CancellationToken ct)
    {
        var whole = await overview.ReadAsync(ct);
        // A link with an old or mistyped column keeps the page working in the communities' own order.
        Sort = sort == OverviewRanking.ByName || whole.Modules.SelectMany(m => m.Figures).Any(f => f.Key == sort) ? sort : null;
        Descending = desc;
        Overview = OverviewRanking.Page(whole, new OverviewQuery { Sort = Sort, Desc = desc, Page = Math.Max(1, page), PageSize = PageSize });
        Rows = Overview.Communities;
        UnavailableNames = whole.Communities.Where(c => !c.Available).Select(c => c.Name).ToList();
        Pager = new Pager(Overview.Page, PageSize, Overview.TotalCommunities);
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        File(OverviewExport.Write(await overview.ReadAsync(ct)), OverviewExport.MediaType, "overview.xlsx");

    public string SortLink(string key) => $"?sort={Uri.EscapeDataString(key)}&desc={(Sort == key && !Descending ? "true" : "false")}";

    public static string Show(OverviewValueDto? v, OverviewFigureDto f) =>
        v is null ? "—" : f.IsRate ? $"{v.Percent:0.0}%" : v.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
