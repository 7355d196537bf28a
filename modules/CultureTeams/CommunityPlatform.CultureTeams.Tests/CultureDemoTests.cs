using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>The demo communities carry the figures of their reports.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CultureDemoTests(PlatformFixture platform)
{
    [Fact]
    public async Task Tachenglus_points_held_over_400_activities_with_over_1300_attendances_in_two_years()
    {
        var secretary = await platform.SecretaryOfAsync("tachenglu");
        var today = CultureScene.ChinaToday();

        var report = await secretary.GetJsonAsync<ActivityReport>($"/api/culture/reports/activities?from={today.AddYears(-2):yyyy-MM-dd}&to={today:yyyy-MM-dd}");

        report.Activities.ShouldBeGreaterThanOrEqualTo(400);
        report.Attendances.ShouldBeGreaterThanOrEqualTo(1300);
        report.Trainings.ShouldBe(6);
        report.Trainees.ShouldBe(46);
        report.PublicitySessions.ShouldBe(17);
        report.InformationGathered.ShouldBe(75);
        report.ByPoint.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Tachenglus_two_points_meet_in_the_200_m2_hall_and_a_home_equipped_for_over_7000_yuan()
    {
        var secretary = await platform.SecretaryOfAsync("tachenglu");

        var points = await secretary.GetJsonAsync<List<PointDto>>("/api/culture/points");

        points.Count.ShouldBe(2);
        points.Sum(p => p.EquipmentFen).ShouldBeGreaterThanOrEqualTo(700_000);
        points.Single(p => p.VenueId is not null).AreaM2.ShouldBe(200m);
        points.Single(p => p.VenueId is null).HomeAddress.ShouldNotBeNull();
    }

    [Fact]
    public async Task Xincun_has_thirteen_volunteer_teams_with_160_city_management_volunteers_and_ten_reading_groups()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");

        var volunteer = await secretary.GetJsonAsync<Paged<TeamDto>>("/api/culture/teams?kind=volunteer&pageSize=100");
        var culture = await secretary.GetJsonAsync<Paged<TeamDto>>("/api/culture/teams?kind=culture&pageSize=100");

        volunteer.Total.ShouldBe(13);
        volunteer.Items.Single(t => t.Category == "城管").Members.ShouldBe(160);
        volunteer.Items.ShouldContain(t => t.Category == "巡逻");
        volunteer.Items.ShouldContain(t => t.Category == "护学");
        culture.Items.Count(t => t.Category == "读书").ShouldBe(10);
        culture.Items.ShouldContain(t => t.Category == "宣讲");
    }

    [Fact]
    public async Task Oufengliyuans_sisters_dance_every_evening_and_wuyijie_has_six_vanguard_teams_and_monthly_lectures()
    {
        var oufeng = await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync<Paged<TeamDto>>("/api/culture/teams?pageSize=100");
        var wuyijie = await platform.SecretaryOfAsync("wuyijie");
        var teams = await wuyijie.GetJsonAsync<Paged<TeamDto>>("/api/culture/teams?pageSize=100");
        var report = await wuyijie.GetJsonAsync<ActivityReport>("/api/culture/reports/activities");

        var dance = oufeng.Items.Single(t => t.Name == "姐妹舞蹈队");
        dance.Schedule.Days.Count.ShouldBe(7);
        dance.Schedule.From.ShouldBe(new TimeOnly(19, 0));
        dance.Schedule.To.ShouldBe(new TimeOnly(20, 0));
        teams.Items.Count(t => t.Category == "先锋队").ShouldBe(6);
        report.ByKind.Single(k => k.Key == "lecture").Count.ShouldBe(12);
    }
}
