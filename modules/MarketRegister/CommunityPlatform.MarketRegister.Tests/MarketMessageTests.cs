using System.Net;

namespace CommunityPlatform.MarketRegister.Tests;

// Why: the market's field and rule messages were English sentences on zh-CN answers ("The period starts after it
// ends."); the document-driven sweep sends random ids, which stop at validation before these rules are reached.

/// <summary>The market's refusals speak the reader's language: Chinese by default, English on request.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MarketMessageTests(PlatformFixture platform)
{
    private const string Reversed = "/api/market/reports/summary?from=2026-06-01&to=2026-01-01";

    [Fact]
    public async Task A_reversed_period_is_refused_in_Chinese_by_default_and_in_English_on_request()
    {
        var chinese = await (await (await platform.SecretaryOfAsync("chonghua")).GetAsync(Reversed)).JsonAsync();
        var english = await platform.SecretaryOfAsync("chonghua");
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var answer = await english.GetAsync(Reversed);

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        chinese["errors"]!["from"]![0]!.GetValue<string>().ShouldBe("统计期间的开始日期晚于结束日期。");
        (await answer.JsonAsync())["errors"]!["from"]![0]!.GetValue<string>().ShouldBe("The period starts after it ends.");
    }

    [Fact]
    public async Task A_day_no_calendar_holds_is_a_field_error_not_a_crash()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");

        var answer = await secretary.GetAsync("/api/market/reports/summary?to=0001-01-01");

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await answer.JsonAsync())["errors"]!["to"]![0]!.GetValue<string>().ShouldBe("日期须在2000年至2100年之间。");
    }
}
