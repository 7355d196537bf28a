using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Complaints;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Seeding;

/// <summary>
/// A year of complaints at the market: by phone, at the supervision desk and on site, short weights re-weighed on the
/// fair scale, most handled, answered and closed; the recent ones still open, and a few about the street outside sent to the grid.
/// </summary>
internal sealed class DemoComplaintSeeder(MarketDbContext db, ComplaintService complaints, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private static readonly (ComplaintKind Kind, string Text)[] Matters =
    [
        (ComplaintKind.ShortWeight, "买的二斤排骨回家一称差了一两多"), (ComplaintKind.ShortWeight, "称鱼时秤盘压了手"), (ComplaintKind.ShortWeight, "三斤土豆复称只有两斤七两"),
        (ComplaintKind.Price, "标价和结账价格不一致"), (ComplaintKind.Price, "同样的青菜比隔壁贵一倍"), (ComplaintKind.Quality, "买的鸡蛋有几个是坏的"),
        (ComplaintKind.Quality, "熟食有异味"), (ComplaintKind.Hygiene, "水产摊位污水流到过道"), (ComplaintKind.Hygiene, "收市后摊位垃圾未清"),
        (ComplaintKind.Attitude, "摊主态度恶劣，出言不逊"), (ComplaintKind.BlockingRoad, "商贩在市场外国槐街上占道摆摊"), (ComplaintKind.BlockingRoad, "早市三轮车堵住小区出入口"),
    ];

    public int Order => 2;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken ct)
    {
        if (context.Demo is not { } demo) return;
        var figures = ModuleDemoFigures.Of(typeof(MarketRegisterModule).Assembly, demo.Code);
        if (figures.Int("complaintsPerYear") is not { } count) return;
        var toGrid = figures.Int("sentToGrid") ?? 0;
        var people = new DemoPeople(demo.Code + "-complaints", demo.DivisionCode);
        var market = await db.Markets.AsNoTracking().FirstAsync(ct);
        var stalls = await db.Stalls.AsNoTracking().Where(s => s.State == StallState.Let).OrderBy(s => s.Number).Select(s => s.Id).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < count; i++)
        {
            var (kind, text) = Matters[people.Random.Next(Matters.Length)];
            var street = kind == ComplaintKind.BlockingRoad;
            var received = now.AddDays(-360 + i * 360.0 / count).AddHours(people.Random.Next(0, 8));
            var complaint = await complaints.NewAsync(new ComplaintRequest
            {
                MarketId = market.Id, StallId = street || stalls.Count == 0 ? null : stalls[people.Random.Next(stalls.Count)], Kind = kind,
                Channel = (ComplaintChannel)people.Random.Next(3), ComplainantName = people.Person(), ComplainantPhone = people.Mobile(), Description = text,
            }, received, ct);
            var step = received;
            DateTime Later(int hours) => step = step.AddHours(hours);
            if (street && toGrid-- > 0)
            {
                await complaints.ActAsync(complaint, new ComplaintStepRequest { Action = ComplaintAction.SendToGrid, Note = "市场外道路，转网格处理" }, Later(1), ct);
                continue;
            }

            if (received > now.AddDays(-10)) continue; // recent: still being dealt with
            if (kind == ComplaintKind.ShortWeight)
            {
                var stated = people.Random.Next(5, 30) * 100;
                await complaints.ActAsync(complaint, new ComplaintStepRequest { Action = ComplaintAction.Reweigh, StatedGrams = stated, MeasuredGrams = stated - people.Random.Next(0, 60) }, Later(1), ct);
            }

            var handling = kind switch
            {
                ComplaintKind.ShortWeight => ComplaintHandling.Refund,
                ComplaintKind.Attitude or ComplaintKind.Hygiene => ComplaintHandling.Warning,
                ComplaintKind.Quality => people.Random.Next(3) == 0 ? ComplaintHandling.Card : ComplaintHandling.Refund,
                _ => people.Random.Next(2) == 0 ? ComplaintHandling.NoFault : ComplaintHandling.Warning,
            };
            await complaints.ActAsync(complaint, new ComplaintStepRequest { Action = ComplaintAction.Handle, Handling = handling }, Later(2), ct);
            await complaints.ActAsync(complaint, new ComplaintStepRequest { Action = ComplaintAction.Answer, Note = "已电话回复投诉人处理结果" }, Later(20), ct);
            await complaints.ActAsync(complaint, new ComplaintStepRequest
            {
                Action = ComplaintAction.Close, Satisfaction = people.Random.Next(8) == 0 ? ComplaintSatisfaction.Basic : ComplaintSatisfaction.Satisfied,
            }, Later(4), ct);
        }

        await db.SaveChangesAsync(ct);
    }
}
