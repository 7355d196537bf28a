using System.Globalization;
using System.Net;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.MarketRegister.Reports;

/// <summary>The market's cards on the dashboard: stalls let, shops, complaints closed, and what is due — leases ending within 30 days, certificates expiring.</summary>
public sealed class MarketCards(MarketReports reports) : IDashboardCards, IScopedService
{
    public string Module => MarketRegisterModule.Name;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken ct)
    {
        var s = await reports.SummaryAsync(ReportScope.Community, null, null, ct);
        var facts = string.Concat(
            Fact(Lang.T("已出租摊位", "Stalls let"), $"{s.LetStalls}/{s.Stalls}", "market-stalls"),
            Fact(Lang.T("沿街门店", "Street-front shops"), s.Shops.ToString(CultureInfo.InvariantCulture), "market-shops"),
            Fact(Lang.T("投诉办结率", "Complaints closed"), $"{s.Closure.Percent.ToString("0.0", CultureInfo.InvariantCulture)}% ({s.ComplaintsClosed}/{s.Complaints})", "market-complaints"),
            Fact(Lang.T("30天内到期租约", "Leases ending in 30 days"), s.LeasesEndingIn30Days.ToString(CultureInfo.InvariantCulture), "market-leases"),
            Fact(Lang.T("到期证照", "Certificates due"), s.ExpiringCertificates.ToString(CultureInfo.InvariantCulture), "market-certificates"),
            Fact(Lang.T("欠费（元）", "Arrears (yuan)"), (s.ArrearsFen / 100m).ToString("0.00", CultureInfo.InvariantCulture), "market-arrears"));
        return [new DashboardCard(Lang.T("集贸市场", "Market"), $"<div class=\"facts\">{facts}</div>", 50)];
    }

    private static string Fact(string label, string value, string id) =>
        $"<div class=\"fact\"><div class=\"muted\">{WebUtility.HtmlEncode(label)}</div><div class=\"value\" data-fact=\"{id}\">{WebUtility.HtmlEncode(value)}</div></div>";
}
