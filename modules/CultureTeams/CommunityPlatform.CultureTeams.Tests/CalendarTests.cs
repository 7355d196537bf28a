using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>The public calendar: anyone reads it, nobody's name, phone or home address is on it; the QR check-in counts.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CalendarTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_public_calendar_shows_places_and_times_but_no_personal_data()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var leaderName = "欧阳秀英";
        var leader = await scene.ResidentAsync(leaderName);
        var venue = await scene.VenueAsync();
        var team = await scene.Secretary.PostOkAsync("/api/culture/teams", new
        {
            name = "姐妹舞蹈队", kind = "culture", category = "舞蹈", leaderResidentId = leader, venueId = venue.Id(),
            days = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }, from = "19:00", to = "20:00",
        });
        await scene.Secretary.PostOkAsync($"/api/culture/teams/{team.Id()}/steps", new { action = "activate", concurrencyStamp = team.Str("concurrencyStamp") }, HttpStatusCode.OK);
        await scene.Secretary.PostOkAsync($"/api/culture/teams/{team.Id()}/members", new { name = "林外来", phone = "13987654321" });
        await scene.Secretary.PostOkAsync("/api/culture/points", new { name = "手工睦邻点", theme = "手工技能", homeAddress = "幸福路8号3单元502", leaderResidentId = leader, staffContact = "赵专干" });
        await scene.Secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "广场舞展演", kind = "performance", teamId = team.Id(), venueId = venue.Id(), startsAt = CultureScene.At(2, 19), endsAt = CultureScene.At(2, 20), note = "联系人13812345678",
        });
        var anonymous = platform.Anonymous();

        var answer = await anonymous.GetAsync($"/api/culture/public/calendars/{scene.Code}");
        var json = await answer.Content.ReadAsStringAsync();
        var page = await (await anonymous.GetAsync($"/culture/{scene.Code}/calendar")).Content.ReadAsStringAsync();

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var calendar = System.Text.Json.JsonSerializer.Deserialize<CalendarDto>(json, HttpJson.Options)!;
        calendar.Activities.ShouldHaveSingleItem().Place.ShouldBe("社区活动中心");
        calendar.Teams.ShouldHaveSingleItem().Schedule.ShouldBe("每天 19:00–20:00");
        calendar.Points.ShouldHaveSingleItem().Place.ShouldBe("居民家中，请联系负责人");
        foreach (var text in new[] { json, page })
        foreach (var personal in new[] { leaderName, "林外来", "13987654321", "幸福路", "赵专干", "13812345678", leader })
            text.ShouldNotContain(personal);
        page.ShouldContain("广场舞展演");
        page.ShouldContain("居民家中，请联系负责人");
    }

    [Fact]
    public async Task A_community_without_the_module_has_no_calendar_and_a_qr_check_in_counts_a_guest_once()
    {
        var off = (await platform.NewCommunityAsync()).Str("code");
        var scene = await CultureScene.CreateAsync(platform);
        var activity = (await scene.Secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "学习超市：防诈骗讲座", kind = "lecture", place = "社区二楼会议室", startsAt = CultureScene.At(1, 9), endsAt = CultureScene.At(1, 11),
        })).As<ActivityDto>();
        var anonymous = platform.Anonymous();

        await (await anonymous.GetAsync($"/api/culture/public/calendars/{off}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Culture.CalendarNotFound");
        var first = await anonymous.PostAsJsonAsync($"/api/culture/public/calendars/{scene.Code}/check-in/{activity.CheckInCode}", new { name = "陈来宾", phone = "13600001111" });
        var again = await anonymous.PostAsJsonAsync($"/api/culture/public/calendars/{scene.Code}/check-in/{activity.CheckInCode}", new { name = "陈来宾", phone = "13600001111" });
        var bad = await anonymous.PostAsJsonAsync($"/api/culture/public/calendars/{scene.Code}/check-in/{activity.CheckInCode}", new { name = "" });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        var attendance = await scene.Secretary.GetJsonAsync<List<ActivityAttendanceDto>>($"/api/culture/activities/{activity.Id}/attendance");
        var guest = attendance.ShouldHaveSingleItem();
        guest.Guest.ShouldBeTrue();
        guest.Way.ShouldBe(CheckInWay.QrCode);
        (await scene.Secretary.GetJsonAsync<ActivityDto>($"/api/culture/activities/{activity.Id}")).Attendance.ShouldBe(1);
    }
    [Fact]
    public async Task The_calendar_page_links_the_check_in_form_which_a_resident_fills_without_an_account()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var activity = (await scene.Secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "太极拳公开课", kind = "activity", place = "文化广场", startsAt = CultureScene.At(1, 7), endsAt = CultureScene.At(1, 8),
        })).As<ActivityDto>();
        var visitor = ConsoleSession.Open(platform.Factory);

        var calendar = await visitor.PageAsync($"/culture/{scene.Code}/calendar");
        var sent = await visitor.SubmitAsync($"/culture/{scene.Code}/check-in/{activity.CheckInCode}", new() { ["checkIn.Name"] = "周来宾", ["checkIn.Phone"] = "13500004444" });

        calendar.ShouldContain($"/culture/{scene.Code}/check-in/{activity.CheckInCode}");
        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sent.Content.ReadAsStringAsync()).ShouldContain("checked-in");
        (await scene.Secretary.GetJsonAsync<List<ActivityAttendanceDto>>($"/api/culture/activities/{activity.Id}/attendance")).ShouldHaveSingleItem().Name.ShouldBe("周来宾");
    }
}
