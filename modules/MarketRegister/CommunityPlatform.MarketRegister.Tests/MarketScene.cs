using System.Text.Json.Nodes;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>A fresh community with the market on: a market of two zones and a few stalls; helpers for residents.</summary>
internal sealed class MarketScene(HttpClient admin, string code, MarketDto market, List<StallDto> stalls)
{
    public HttpClient Admin { get; } = admin;
    public string Code { get; } = code;
    public MarketDto Market { get; } = market;
    public List<StallDto> Stalls { get; } = stalls;

    public static async Task<MarketScene> CreateAsync(PlatformFixture platform, int stalls = 4, params string[] modules)
    {
        var code = (await platform.NewCommunityAsync([MarketRegisterModuleName.Value, .. modules])).Str("code");
        var admin = await platform.AdminAsync(code);
        var market = (await admin.PostOkAsync("/api/market/markets", new
        {
            name = "槐树街市场", @operator = "社区居委会", address = "槐树街1号", zones = new[] { "蔬菜", "水产" }, complaintPhone = "0554-1234567",
        })).As<MarketDto>();
        var list = new List<StallDto>();
        for (var i = 1; i <= stalls; i++)
            list.Add((await admin.PostOkAsync("/api/market/stalls", new
            {
                marketId = market.Id, number = $"A{i:D2}", zone = i % 2 == 0 ? "水产" : "蔬菜", areaM2 = 4.5, corner = i == 1, category = "蔬菜", monthlyRentFen = 30000,
            })).As<StallDto>());
        return new MarketScene(admin, code, market, list);
    }

    public async Task<string> ResidentAsync(string name, params string[] tags) =>
        (await Admin.PostOkAsync("/api/residents/people", new { name, idNumber = TestIds.Next(), tags })).Id();

    public Task<JsonNode> RoundAsync(int stalls) =>
        Admin.PostOkAsync("/api/market/rounds", new
        {
            marketId = Market.Id, title = "首轮分配", stallIds = Stalls.Take(stalls).Select(s => s.Id), applyBy = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10)),
        });
}
