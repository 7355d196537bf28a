using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.CultureTeams.Reports;

/// <summary>The culture figures of the community as facts and charts, for a chosen period (default the last 12 months).</summary>
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class CultureReportsModel(CultureReports reports) : PageModel
{
    public ActivityReport Activities { get; private set; } = null!;
    public VolunteerReport Volunteers { get; private set; } = null!;
    public VenueUseReport Venues { get; private set; } = null!;
    public string ByMonth { get; private set; } = "";
    public string ByKind { get; private set; } = "";
    public string ByStars { get; private set; } = "";

    public async Task OnGetAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = reports.Period(from, to);
        Activities = await reports.ActivitiesAsync(ReportScope.Community, f, t, ct);
        Volunteers = await reports.VolunteersAsync(ReportScope.Community, f, t, ct);
        Venues = await reports.VenuesAsync(ReportScope.Community, f, t, ct);
        ByMonth = BarChart.Svg(Lang.T("每月活动次数", "Activities per month"), Activities.ByMonth.TakeLast(12).Select(m => (m.Month[2..], m.Activities)).ToList());
        ByKind = BarChart.Svg(Lang.T("活动类型", "Activities by kind"), Activities.ByKind.Where(k => k.Count > 0).Select(k => (k.Label, k.Count)).ToList());
        ByStars = BarChart.Svg(Lang.T("志愿者星级", "Volunteers by stars"), Volunteers.ByStars.Select(s => (s.Label, s.Count)).ToList());
    }
}
