using System.Globalization;
using System.Net;
using System.Text;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>The module's card on the dashboard: the last 12 months' headline figures of the community (counts only).</summary>
public sealed class EmploymentCards(EmploymentReports reports) : IDashboardCards, IScopedService
{
    public string Module => EmploymentHelpModule.Name;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken ct)
    {
        var s = await reports.SummaryAsync(ReportScope.Community, null, null, ct);
        var html = new StringBuilder("<div class=\"facts\">");
        Fact(html, "placements", Lang.T("安置就业（人）", "Placed"), s.Placements.ToString(CultureInfo.InvariantCulture));
        Fact(html, "follow-ups-due", Lang.T("待回访", "Follow-ups due"), (s.FollowUpsDue - s.FollowUpsDone).ToString(CultureInfo.InvariantCulture));
        Fact(html, "zero-employment-open", Lang.T("零就业家庭（未清零）", "Zero-employment open"), s.ZeroEmploymentOpen.ToString(CultureInfo.InvariantCulture));
        Fact(html, "low-income", Lang.T("低保户/人", "低保 households/people"), $"{s.LowIncomeHouseholds}/{s.LowIncomePeople}");
        Fact(html, "visits", Lang.T("走访慰问（次）", "Visits"), s.Visits.ToString(CultureInfo.InvariantCulture));
        Fact(html, "aid", Lang.T("慰问金物（元）", "Aid (yuan)"), s.AidYuan.ToString("0", CultureInfo.InvariantCulture));
        html.Append("</div><p><a href=\"/employment\">").Append(WebUtility.HtmlEncode(Lang.T("就业帮扶", "Employment help"))).Append("</a></p>");
        return [new DashboardCard(Lang.T("就业帮扶（近12个月）", "Employment help (12 months)"), html.ToString(), 60)];
    }

    private static void Fact(StringBuilder html, string key, string label, string value) =>
        html.Append("<div class=\"fact\"><div class=\"muted\">").Append(WebUtility.HtmlEncode(label)).Append("</div><div class=\"value\" data-fact=\"employment-")
            .Append(key).Append("\">").Append(WebUtility.HtmlEncode(value)).Append("</div></div>");
}
