using CommunityPlatform.Communities.Overview;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages;

/// <summary>
/// Where a street or city account lands: its communities with every module's headline figures, the total, a ranking
/// sortable by any column (<c>?sort=key&amp;desc=true</c>, on the server: no script needed), the trend of 12 months,
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

    public async Task<IActionResult> OnGetAsync(string? sort, bool desc, CancellationToken ct)
    {
        Overview = await overview.ReadAsync(ct);
        var figures = Overview.Modules.SelectMany(m => m.Figures).ToDictionary(f => f.Key);
        (Sort, Descending) = (sort is not null && (figures.ContainsKey(sort) || sort == "name") ? sort : null, desc);
        IEnumerable<OverviewRowDto> rows = Overview.Communities;
        if (Sort is { } key && figures.TryGetValue(key, out var figure))
        {
            // A community with the module off sorts last either way.
            decimal? Of(OverviewRowDto r) => r.Values.TryGetValue(key, out var v) ? figure.IsRate ? v.Percent : v.Count : null;
            rows = Descending ? rows.OrderBy(r => Of(r) is null).ThenByDescending(Of) : rows.OrderBy(r => Of(r) is null).ThenBy(Of);
        }
        else if (Sort == "name")
        {
            rows = Descending ? rows.OrderByDescending(r => r.Name, StringComparer.Ordinal) : rows.OrderBy(r => r.Name, StringComparer.Ordinal);
        }

        Rows = rows.ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetExcelAsync(CancellationToken ct) =>
        File(OverviewExport.Write(await overview.ReadAsync(ct)), OverviewExport.MediaType, "overview.xlsx");

    public string SortLink(string key) => $"?sort={Uri.EscapeDataString(key)}&desc={(Sort == key && !Descending ? "true" : "false")}";

    public static string Show(OverviewValueDto? v, OverviewFigureDto f) =>
        v is null ? "—" : f.IsRate ? $"{v.Percent:0.0}%" : v.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
