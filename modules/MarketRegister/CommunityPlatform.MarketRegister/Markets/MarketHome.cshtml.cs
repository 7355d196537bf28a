using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Ledgers;
using CommunityPlatform.MarketRegister.Reports;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.MarketRegister.Markets;

/// <summary>The market at a glance: its notice board, the year's figures with charts, and its stalls by zone; the whole ledger to Excel.</summary>
[RequiresCommunity]
[RequiresPermission(MarketPermissions.View)]
public sealed class MarketHomeModel(MarketService markets, StallService stalls, MarketReports reports, MarketLedgers ledgers) : PageModel
{
    public IReadOnlyList<MarketDto> Markets { get; private set; } = [];
    public MarketSummary Summary { get; private set; } = null!;
    public Paged<StallDto> Stalls { get; private set; } = new([], 0);
    public string ByZone { get; private set; } = "";
    public string ByKind { get; private set; } = "";

    [BindProperty(SupportsGet = true)] public string? Zone { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Markets = await markets.ListAsync(ct);
        Summary = await reports.SummaryAsync(ReportScope.Community, null, null, ct);
        Stalls = await stalls.ListAsync(new StallQuery { Zone = Zone, PageSize = PageQuery.MaxPageSize }, ct);
        ByZone = BarChart.Svg(Lang.T("各区已出租摊位", "Stalls let by zone"), Summary.ByZone.Select(z => (z.Zone, z.Let)).ToList());
        ByKind = BarChart.Svg(Lang.T("投诉类别（近12个月）", "Complaints by kind (12 months)"), Summary.ComplaintsByKind.Select(l => (l.Label, l.Count)).ToList());
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var (content, name) = await ledgers.ExportAsync(ct);
        return File(content, MarketsController.Xlsx, name);
    }
}
