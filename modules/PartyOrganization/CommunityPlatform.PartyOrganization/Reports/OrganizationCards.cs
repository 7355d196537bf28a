using System.Net;
using System.Text;
using CommunityPlatform.Application;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.PartyOrganization.Reports;

/// <summary>
/// The Party organisation's cards on the dashboard: the members by category, and the rates the reports publish —
/// pledges kept, last quarter's 三会一课, report-in and this month's dues. Always the current community's own figures,
/// even for a street account: the reports page has the street's sums.
/// </summary>
public sealed class OrganizationCards(PartyReports reports, TimeProvider clock) : IDashboardCards, IScopedService
{
    public string Module => PartyOrganizationModule.Name;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken ct)
    {
        var members = await reports.MembersAsync(ReportScope.Community, ct);
        var title = Lang.T($"党员 {members.Total} 名", $"{members.Total} Party members");
        var chart = BarChart.Svg(title, members.ByCategory.Where(l => l.Count > 0).Select(l => (l.Label, l.Count)).ToList());
        return [new DashboardCard(Lang.T("党员", "Party members"), chart, 50), new DashboardCard(Lang.T("党建指标", "Party figures"), await RatesAsync(ct), 51)];
    }

    private async Task<string> RatesAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var thisQuarter = (today.Month + 2) / 3;
        var (year, quarter) = thisQuarter == 1 ? (today.Year - 1, 4) : (today.Year, thisQuarter - 1);
        // The card keeps the whole record of pledges, as the ledger page does; the report asks for a period.
        var pledges = await reports.PledgesAsync(ReportScope.Community, null, today, ct);
        var meetings = await reports.MeetingsAsync(ReportScope.Community, year, quarter, ct);
        var reportIn = await reports.ReportInAsync(ReportScope.Community, ct);
        var dues = await reports.DuesAsync(ReportScope.Community, null, ct);
        var html = new StringBuilder();
        html.Append("<h2>").Append(WebUtility.HtmlEncode(Lang.T("党建指标", "Party figures"))).Append("</h2><table class=\"rates\">");
        Row(html, "pledges", Lang.T("承诺践诺", "Pledges kept"), pledges.Overall);
        Row(html, "organization-pledges", Lang.T("　其中组织承诺", "　by organisations"), pledges.Organizations);
        Row(html, "member-pledges", Lang.T("　其中党员承诺", "　by members"), pledges.Members);
        Row(html, "meetings", Lang.T($"{year}年第{quarter}季度三会一课", $"Meetings {year} Q{quarter}"), meetings.Completion);
        Row(html, "report-in", Lang.T("在职党员到社区报到", "In-service members reported in"), reportIn.ReportedIn);
        Row(html, "dues", Lang.T($"{dues.Month} 党费缴纳", $"Dues {dues.Month}"), dues.Paid);
        return html.Append("</table><p><a href=\"/party/reports\">").Append(WebUtility.HtmlEncode(Lang.T("党建统计", "Party reports"))).Append("</a></p>").ToString();
    }

    private static void Row(StringBuilder html, string key, string label, Rate rate) =>
        html.Append("<tr><th>").Append(WebUtility.HtmlEncode(label)).Append("</th><td data-rate=\"").Append(key).Append("\">")
            .Append(WebUtility.HtmlEncode(PartyLabels.Of(rate))).Append("</td></tr>");
}
