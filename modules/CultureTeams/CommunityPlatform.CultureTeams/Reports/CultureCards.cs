using System.Globalization;
using System.Net;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.CultureTeams.Reports;

/// <summary>The culture card of the dashboard: the last 12 months' activities and attendances, trainings, volunteers and their hours.</summary>
public sealed class CultureCards(CultureReports reports) : IDashboardCards, IScopedService
{
    public string Module => CultureTeamsModule.Name;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken ct)
    {
        var activities = await reports.ActivitiesAsync(ReportScope.Community, null, null, ct);
        var volunteers = await reports.VolunteersAsync(ReportScope.Community, null, null, ct);
        var facts = string.Concat(
            Fact(Lang.T("活动（近12个月）", "Activities (12 months)"), activities.Activities.ToString(CultureInfo.InvariantCulture), "culture-activities"),
            Fact(Lang.T("参加人次", "Attendances"), activities.Attendances.ToString(CultureInfo.InvariantCulture), "culture-attendances"),
            Fact(Lang.T("培训人数", "Trainees"), activities.Trainees.ToString(CultureInfo.InvariantCulture), "culture-trainees"),
            Fact(Lang.T("志愿者", "Volunteers"), volunteers.Volunteers.ToString(CultureInfo.InvariantCulture), "culture-volunteers"),
            Fact(Lang.T("确认服务时长（小时）", "Confirmed hours"), volunteers.ConfirmedHours.ToString("0.0", CultureInfo.InvariantCulture), "culture-hours"));
        return [new(Lang.T("文化队伍", "Culture teams"), $"<div class=\"facts\">{facts}</div>", 40)];
    }

    private static string Fact(string label, string value, string id) =>
        $"<div class=\"fact\"><div class=\"muted\">{WebUtility.HtmlEncode(label)}</div><div class=\"value\" data-fact=\"{id}\">{WebUtility.HtmlEncode(value)}</div></div>";
}
