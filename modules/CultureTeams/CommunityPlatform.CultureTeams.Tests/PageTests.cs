using System.Net;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>The console pages render for the demo secretary, the public calendar for anyone, and the dashboard carries the card.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PageTests(PlatformFixture platform)
{
    [Fact]
    public async Task Every_culture_page_opens_for_the_tachenglu_secretary_and_the_dashboard_has_the_card()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "tachenglu-secretary");

        (await console.PageAsync("/culture/activities")).ShouldContain("手工技能课堂");
        (await console.PageAsync("/culture/teams")).ShouldContain("老年歌舞队");
        (await console.PageAsync("/culture/venues")).ShouldContain("社区一楼活动大厅");
        (await console.PageAsync("/culture/volunteers")).ShouldContain("★");
        (await console.PageAsync("/culture/points")).ShouldContain("手工技能睦邻点");
        (await console.PageAsync("/culture/reports")).ShouldContain("data-fact=\"culture-activities\"");
        var dashboard = await console.PageAsync("/");
        dashboard.ShouldContain("data-fact=\"culture-attendances\"");
        dashboard.ShouldContain("/culture/activities");
        (await platform.Anonymous().GetAsync("/culture/tachenglu/calendar")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_secretary_plans_an_activity_and_asks_for_a_venue_through_the_forms()
    {
        var scene = await CultureScene.CreateAsync(platform);
        await scene.VenueAsync("图书室");
        var console = await VolunteerTests.ConsoleAsync(scene);
        var day = CultureScene.ChinaToday().AddDays(3).ToString("yyyy-MM-dd");

        var planned = await console.SubmitAsync("/culture/activities", new()
        {
            ["activity.Title"] = "读书分享会", ["activity.Kind"] = "Lecture", ["activity.Place"] = "图书室", ["activity.StartsAt"] = $"{day}T09:00", ["activity.EndsAt"] = $"{day}T10:00",
        });
        var asked = await console.SubmitAsync("/culture/venues", new()
        {
            ["booking.VenueId"] = (await scene.Secretary.GetJsonAsync<List<VenueDto>>("/api/culture/venues"))[0].Id.ToString(), ["booking.Purpose"] = "读书分享会",
            ["booking.BookedBy"] = "读书小组", ["booking.StartsAt"] = $"{day}T09:00", ["booking.EndsAt"] = $"{day}T10:00",
        });

        planned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await console.PageAsync("/culture/activities")).ShouldContain("读书分享会");
        var booking = (await scene.Secretary.GetJsonAsync<Application.Paged<BookingDto>>("/api/culture/bookings")).Items.ShouldHaveSingleItem();
        CommunityPlatform.CultureTeams.ChinaTime.Format(booking.StartsAt, "HH:mm").ShouldBe("09:00");
    }
}
