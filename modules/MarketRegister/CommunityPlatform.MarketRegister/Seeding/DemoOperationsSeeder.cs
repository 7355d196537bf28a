using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Inspections;
using CommunityPlatform.MarketRegister.Leases;
using CommunityPlatform.MarketRegister.Scales;
using CommunityPlatform.MarketRegister.Vendors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Seeding;

/// <summary>
/// The market at work for a year after the allocation: leases signed (a few ending within the month), bills with
/// some arrears, vendors' licences and health certificates (a few expiring), two fair scales and their re-weighs,
/// inspections with findings rectified and rechecked, and the yellow and red cards they brought.
/// </summary>
internal sealed class DemoOperationsSeeder(MarketDbContext db, ReweighService reweighs, CardService cards, BillService bills, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private static readonly string[] Goods = ["青菜", "猪肉", "鲫鱼", "鸡蛋", "豆腐", "苹果", "牛肉", "虾", "土豆", "卤菜"];
    private static readonly (InspectionKind Kind, string Finding)[] Findings =
    [
        (InspectionKind.Daily, "摊位外堆放杂物"), (InspectionKind.Daily, "未佩戴胸卡"), (InspectionKind.Daily, "价格标签缺失"),
        (InspectionKind.FoodSafety, "熟食未加防蝇罩"), (InspectionKind.FoodSafety, "健康证过期仍在经营"), (InspectionKind.FoodSafety, "冷柜温度偏高"),
        (InspectionKind.Metrology, "自备秤未经检定"), (InspectionKind.Fire, "灭火器压力不足"), (InspectionKind.Fire, "电线私拉乱接"),
    ];

    public int Order => 3;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken ct)
    {
        if (context.Demo is not { } demo || ModuleDemoFigures.Of(typeof(MarketRegisterModule).Assembly, demo.Code).Int("stalls") is null) return;
        var people = new DemoPeople(demo.Code + "-work", demo.DivisionCode);
        var today = clock.Today();
        var market = await db.Markets.FirstAsync(ct);

        var vendors = await db.Vendors.OrderBy(v => v.BadgeNumber).ToListAsync(ct);
        foreach (var (v, i) in vendors.Select((v, i) => (v, i)))
        {
            v.LicenceExpiresOn = today.AddDays(i % 17 == 0 ? people.Random.Next(-20, 30) : people.Random.Next(60, 900));
            if (v.Goods is "熟食" or "鲜肉" or "水产" or "豆制品" or "禽蛋") v.FoodPermitExpiresOn = today.AddDays(people.Random.Next(20, 700));
            v.HealthCertExpiresOn = today.AddDays(i % 13 == 0 ? people.Random.Next(-10, 25) : people.Random.Next(40, 360));
        }

        var leases = await db.Leases.Where(l => l.State == LeaseState.Draft).OrderBy(l => l.StartsOn).ToListAsync(ct);
        foreach (var (lease, i) in leases.Select((l, i) => (l, i)))
        {
            lease.Sign(lease.StartsOn);
            // Most were renewed for a second year; every tenth (the trial leases) ends within the month.
            if (i % 10 == 0) db.Leases.Add(lease.Renew(today.AddDays(5 + i % 25), lease.EndsOn));
            else db.Leases.Add(lease.Renew(lease.EndsOn.AddYears(1), lease.EndsOn));
        }

        await db.SaveChangesAsync(ct);
        var first = today.AddMonths(-11);
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= today; month = month.AddMonths(1))
        {
            foreach (var bill in await bills.IssueMonthAsync(month, ct))
                if (month.AddMonths(1) <= today || people.Random.Next(10) < 7)
                    if (people.Random.Next(25) != 0) bill.Pay(bill.AmountFen, month.AddDays(people.Random.Next(1, 15)));
            await db.SaveChangesAsync(ct);
        }

        db.Scales.Add(new Scale(market.Id, "复称台一号秤", today.AddDays(20)));
        var scale = new Scale(market.Id, "复称台二号秤", today.AddDays(200));
        db.Scales.Add(scale);
        var stalls = await db.Stalls.AsNoTracking().Where(s => s.HolderVendorId != null).OrderBy(s => s.Number).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 240; i++)
        {
            var stall = stalls[people.Random.Next(stalls.Count)];
            var stated = people.Random.Next(3, 40) * 100;
            var shortBy = people.Random.Next(30) == 0 ? people.Random.Next(60, 200) : people.Random.Next(0, 15);
            await reweighs.AddAsync(market.Id, scale.Id, stall.HolderVendorId, stall.Id, Goods[people.Random.Next(Goods.Length)], stated, stated - shortBy,
                shortBy > Reweigh.Tolerance(stated) ? "退还差价并记分" : "足秤", now.AddDays(-365 + i * 1.5).AddHours(people.Random.Next(0, 9)), null, ct);
        }

        var byVendor = vendors.Where(v => v.StallId is not null).ToList();
        for (var day = today.AddDays(-364); day <= today; day = day.AddDays(7))
        {
            Inspect(market.Id, InspectionKind.Daily, day, people, stalls, today);
            if (day.Day <= 7) Inspect(market.Id, InspectionKind.FoodSafety, day.AddDays(1), people, stalls, today);
            if (day.Day <= 7 && day.Month % 3 == 0)
            {
                Inspect(market.Id, InspectionKind.Metrology, day.AddDays(2), people, stalls, today);
                Inspect(market.Id, InspectionKind.Fire, day.AddDays(3), people, stalls, today);
            }
        }

        for (var i = 0; i < 8 && byVendor.Count > 0; i++)
        {
            var vendor = byVendor[people.Random.Next(byVendor.Count)];
            cards.Give(vendor, i == 0 ? CardColor.Red : CardColor.Yellow, i == 0 ? 6 : 2, i == 0 ? "复称短秤两次，屡教不改" : "检查问题逾期未整改", today.AddDays(-people.Random.Next(5, 330)), null);
        }

        await db.SaveChangesAsync(ct);
    }

    private void Inspect(Guid marketId, InspectionKind kind, DateOnly on, DemoPeople people, IReadOnlyList<Markets.Stall> stalls, DateOnly today)
    {
        if (on > today) return;
        var found = Findings.Where(f => f.Kind == kind && people.Random.Next(3) == 0)
            .Select(f => (f.Finding, (Guid?)stalls[people.Random.Next(stalls.Count)].Id, on.AddDays(kind == InspectionKind.Fire ? 3 : 7))).ToList();
        var inspection = new Inspection(marketId, kind, on, kind == InspectionKind.Daily ? "市场管理员" : people.Person(), null, found);
        foreach (var f in inspection.Findings.Where(f => f.Deadline < today.AddDays(-3)))
        {
            inspection.Rectify(f.Number, f.Deadline.AddDays(-1));
            inspection.Recheck(f.Number, true, f.Deadline);
        }

        inspection.Opened();
        db.Inspections.Add(inspection);
    }
}
