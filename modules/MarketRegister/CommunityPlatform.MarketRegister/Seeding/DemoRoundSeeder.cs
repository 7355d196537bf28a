using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Rounds;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Seeding;

/// <summary>
/// The market's first allocation round after the rebuilding, finished over a year ago: every stall, residents of the
/// community (the registry's low-income, disabled and unemployed first, as the report says they were looked after)
/// and outsiders applying; ranked from a recorded seed, on notice for five working days, let by rank.
/// </summary>
internal sealed class DemoRoundSeeder(MarketDbContext db, RoundService rounds, IResidentDirectory registry, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private static readonly string[] Goods = ["蔬菜", "鲜肉", "禽蛋", "水产", "豆制品", "熟食", "粮油", "调味干货", "水果", "日杂"];

    public int Order => 1;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken ct)
    {
        if (context.Demo is not { } demo) return;
        var figures = ModuleDemoFigures.Of(typeof(MarketRegisterModule).Assembly, demo.Code);
        if (figures.Int("roundResidents") is not { } residentCount) return;
        var market = await db.Markets.FirstAsync(ct);
        var stalls = await db.Stalls.Where(s => s.MarketId == market.Id).OrderBy(s => s.Number).ToListAsync(ct);
        var people = new DemoPeople(demo.Code + "-round", demo.DivisionCode);
        var today = clock.Today();
        var announced = today.AddDays(-420);
        var round = await rounds.OpenAsync(market.Id, $"{market.Name}改建后首轮摊位分配", stalls.Select(s => s.Id).ToList(), 10, announced, announced.AddDays(14), ct);

        var living = new List<ResidentSummary>();
        for (var skip = 0; ; skip += 200)
        {
            var page = await registry.ListAsync(skip, 200, ct);
            living.AddRange(page.Where(p => p.BirthDate is { } b && b.Year is >= 1955 and <= 2000));
            if (page.Count < 200) break;
        }

        // Those the report says were looked after come first; then the rest in registry order.
        var applicants = living.OrderByDescending(p => p.Tags.Contains(ResidentTag.LowIncome) || p.Tags.Contains(ResidentTag.Disabled) || p.Tags.Contains(ResidentTag.Unemployed))
            .Take(residentCount).ToList();
        foreach (var p in applicants)
            db.Applications.Add(new StallApplication(round.Id, round.NextApplicationNumber(announced), p.Id, p.Name, null, null, people.Mobile(),
                Goods[people.Random.Next(Goods.Length)], null, null));
        for (var i = 0; i < (figures.Int("roundOutsiders") ?? 0); i++)
        {
            var (name, male) = people.Named();
            var business = people.Random.Next(4) == 0;
            db.Applications.Add(new StallApplication(round.Id, round.NextApplicationNumber(announced), null, name, business ? null : people.IdNumber(male),
                business ? people.CreditCode() : null, people.Mobile(), Goods[people.Random.Next(Goods.Length)], null, null));
        }

        await db.SaveChangesAsync(ct);

        var ranked = announced.AddDays(16);
        await rounds.RankAsync(round, $"{demo.Code}-{ranked:yyyyMMdd}", "报名截止后在居民代表见证下排名", At(ranked), ct);
        await db.SaveChangesAsync(ct);
        var published = ranked.AddDays(1);
        round.Publish(published, At(published), null, "在市场东门公示栏及社区网站公示");
        await db.SaveChangesAsync(ct);
        var let = round.NoticeUntil!.Value.AddDays(1);
        await rounds.LetAsync(round, let, At(let), "公示期满无异议", ct);
        await db.SaveChangesAsync(ct);
    }

    private static DateTime At(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(9, 0)), CommunityCalendar.Zone);
}
