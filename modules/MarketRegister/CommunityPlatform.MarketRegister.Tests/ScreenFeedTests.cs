using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>The street's big screen shows stalls that changed, as the market's own board does: market, number, trade, state.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ScreenFeedTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_stall_closed_is_on_the_streets_big_screen_with_its_market_number_and_state()
    {
        var own = await platform.NewStreetAsync(1, MarketRegisterModuleName.Value);
        var admin = await platform.AdminAsync(own.Communities[0]);
        var market = (await admin.PostOkAsync("/api/market/markets", new { name = "槐树街市场", @operator = "社区居委会", address = "槐树街1号", zones = new[] { "蔬菜" } })).As<MarketDto>();
        var stall = (await admin.PostOkAsync("/api/market/stalls", new { marketId = market.Id, number = "A07", zone = "蔬菜", areaM2 = 4.5, category = "蔬菜", monthlyRentFen = 30000 })).As<StallDto>();
        (await admin.PutAsJsonAsync($"/api/market/stalls/{stall.Id}", new
        {
            marketId = market.Id, number = "A07", zone = "蔬菜", areaM2 = 4.5, category = "蔬菜", monthlyRentFen = 30000, state = "closed", concurrencyStamp = stall.ConcurrencyStamp,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var street = await platform.SignInAsync(own.Supervisor);
        var feed = (await street.GetJsonAsync("/api/platform/overview/feed")).AsArray();

        var line = feed.ShouldHaveSingleItem()!;
        line.Str("text").ShouldBe("摊位变动：槐树街市场 A07 · 蔬菜 · 停用");
        line.Str("community").ShouldBe($"测试社区{own.Communities[0]}");
    }
}
