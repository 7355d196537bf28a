namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>The street's big screen shows new activities as a notice board would: nobody who takes part, no contact.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ScreenFeedTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_new_activity_is_on_the_streets_big_screen_with_its_title_only_when_public_and_nothing_personal()
    {
        var own = await platform.NewStreetAsync(1, CultureTeamsModuleName.Value);
        var secretary = await platform.NewAccountAsync(own.Communities[0], "secretary");
        await secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "重阳节文艺汇演", kind = "performance", place = "社区广场", startsAt = CultureScene.At(3, 9), endsAt = CultureScene.At(3, 11), note = "联系人13812345678",
        });
        await secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "张桂英家读书会", kind = "lecture", place = "幸福路8号", startsAt = CultureScene.At(4, 19), endsAt = CultureScene.At(4, 20), @public = false,
        });

        var street = await platform.SignInAsync(own.Supervisor);
        var feed = (await street.GetJsonAsync("/api/platform/overview/feed")).AsArray();

        var lines = feed.Select(l => l!.Str("text")).ToList();
        lines.Count(l => l.StartsWith("新活动：", StringComparison.Ordinal)).ShouldBe(2);
        lines.ShouldContain(l => l.Contains("重阳节文艺汇演") && l.Contains("演出"));
        lines.ShouldContain(l => l.Contains("讲座"));
        feed.Select(l => l!.Str("community")).ShouldAllBe(c => c == $"测试社区{own.Communities[0]}");
        var json = feed.ToJsonString();
        foreach (var personal in new[] { "张桂英", "13812345678", "幸福路" })
            json.ShouldNotContain(personal);
    }
}
