using System.Text.Json;
using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Markets;
using CommunityPlatform.MarketRegister.Shops;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.MarketRegister.Seeding;

/// <summary>
/// 重华's market as its report tells it — 国槐街集贸市场, rebuilt for the report's sum — with stalls in four zones (the
/// count is invented, see <c>chonghua-market.json</c>), and the community's 286 street-front shops in its buildings.
/// Only a community the module's demo file names has a market.
/// </summary>
internal sealed class DemoMarketSeeder(MarketDbContext db, IResidentDirectory registry, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private static readonly string[] Trades = ["餐饮", "便利店", "理发美容", "药店", "五金建材", "服装", "通讯", "水果", "烟酒副食", "干洗", "打印复印", "早点"];
    private static readonly string[] Streets = ["国槐街", "垂柳街", "振兴路", "人民路", "建设路"];

    public int Order => 0;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken ct)
    {
        if (context.Demo is not { } demo || ModuleDemoFigures.Of(typeof(MarketRegisterModule).Assembly, demo.Code).Int("stalls") is null) return;
        var plan = Plan.Load(demo.Code);
        var names = new DemoPeople(demo.Code, demo.DivisionCode);
        var market = new Market(plan.Name, plan.Operator, plan.Address, plan.Zones.Select(z => z.Name).ToList())
        {
            OpeningHours = plan.OpeningHours, Rules = plan.Rules, ComplaintPhone = plan.ComplaintPhone, NoticeBoard = plan.NoticeBoard,
            RenovationFen = (long)(Figure(demo, "marketRenovationFunds") ?? 0) * 100,
        };
        db.Markets.Add(market);
        var number = 0;
        foreach (var zone in plan.Zones)
        for (var i = 0; i < zone.Stalls; i++)
        {
            var corner = i % 10 == 0 || i == zone.Stalls - 1;
            db.Stalls.Add(new Stall(market.Id, $"{++number:D3}", zone.Name, corner ? zone.AreaM2 + 1 : zone.AreaM2, corner, zone.Category,
                corner ? zone.RentFen + 5000 : zone.RentFen));
        }

        var today = clock.Today();
        var buildings = await registry.GetBuildingsAsync(null, ct);
        var shops = (int)(Figure(demo, "streetFrontShops") ?? 0);
        for (var i = 0; i < shops; i++)
        {
            var building = buildings.Count == 0 ? null : buildings[i % buildings.Count];
            var street = Streets[i % Streets.Length];
            var trade = Trades[names.Random.Next(Trades.Length)];
            var expires = names.Random.Next(20) switch { 0 => (DateOnly?)null, 1 => today.AddDays(-names.Random.Next(1, 90)), 2 => today.AddDays(names.Random.Next(1, 30)), _ => today.AddDays(names.Random.Next(31, 1500)) };
            db.Shops.Add(new StreetShop($"{names.ShopName(trade)}", building?.Id, $"{street}{i / Streets.Length + 1}号", names.Person(), names.CreditCode(), trade, expires));
        }

        await db.SaveChangesAsync(ct);
    }

    private static decimal? Figure(DemoCommunity demo, string key) => demo.Figures?.FirstOrDefault(f => f.Key == key)?.Value;

    private sealed record Zone(string Name, int Stalls, decimal AreaM2, string Category, long RentFen);

    private sealed record Plan(string Name, string Operator, string Address, string OpeningHours, string Rules, string ComplaintPhone, string NoticeBoard, IReadOnlyList<Zone> Zones)
    {
        public static Plan Load(string code)
        {
            var assembly = typeof(MarketRegisterModule).Assembly;
            using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith($".{code}-market.json", StringComparison.Ordinal)))!;
            return JsonSerializer.Deserialize<Plan>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        }
    }
}
