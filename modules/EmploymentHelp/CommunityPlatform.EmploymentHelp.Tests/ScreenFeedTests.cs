namespace CommunityPlatform.EmploymentHelp.Tests;

/// <summary>The street's big screen counts people newly placed in work: never the person, the employer or the job.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ScreenFeedTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_new_placement_is_on_the_streets_big_screen_as_its_kind_only()
    {
        var own = await platform.NewStreetAsync(1, EmploymentHelpModuleName.Value);
        var secretary = await platform.NewAccountAsync(own.Communities[0], "secretary");
        var resident = await secretary.PostOkAsync("/api/residents/people", new { name = "王建军", idNumber = TestIds.Next(new DateOnly(1980, 5, 6), male: true) });
        await secretary.PostOkAsync("/api/employment/placements", new { residentId = resident.Id(), kind = "selfEmployed", employer = "王记早点铺", job = "早点摊主", startedOn = EmploymentScene.Today });

        var street = await platform.SignInAsync(own.Supervisor);
        var feed = (await street.GetJsonAsync("/api/platform/overview/feed")).AsArray();

        var line = feed.ShouldHaveSingleItem()!;
        line.Str("text").ShouldStartWith("新就业安置：1人");
        line.Str("text").ShouldContain("自主创业");
        line.Str("community").ShouldBe($"测试社区{own.Communities[0]}");
        var json = feed.ToJsonString();
        foreach (var personal in new[] { "王建军", "王记", "早点摊主", resident.Id() })
            json.ShouldNotContain(personal);
    }
}
