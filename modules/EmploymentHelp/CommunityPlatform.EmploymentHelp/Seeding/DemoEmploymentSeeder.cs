using CommunityPlatform.Application;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.Difficulty;
using CommunityPlatform.EmploymentHelp.JobSeekers;
using CommunityPlatform.EmploymentHelp.LowIncome;
using CommunityPlatform.EmploymentHelp.LoveCards;
using CommunityPlatform.EmploymentHelp.Openings;
using CommunityPlatform.EmploymentHelp.Placements;
using CommunityPlatform.EmploymentHelp.Posts;
using CommunityPlatform.EmploymentHelp.Settings;
using CommunityPlatform.EmploymentHelp.Training;
using CommunityPlatform.EmploymentHelp.Visits;
using CommunityPlatform.EmploymentHelp.ZeroEmployment;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.EmploymentHelp.Seeding;

/// <summary>
/// A report community's employment-help records, dated back from the seeding day so its figures hold whenever it is
/// seeded: the 低保 register is every household the registry tags low-income (the registry's demo holds the reports'
/// 19/54 and 234/511), and the other ledgers as many records as the module's demo file gives (<c>Seeding/demo.json</c>),
/// all within the last two years. Deterministic per community; one save.
/// </summary>
internal sealed class DemoEmploymentSeeder(EmploymentHelpDbContext db, IHouseholdRegistry households, IResidentDirectory directory, TimeProvider clock)
    : ICommunitySeeder, IScopedService
{
    private static readonly string[] Employers = ["市第一人民医院后勤部", "华联超市", "顺丰速运网点", "物业服务公司", "市政环卫所", "家政服务中心", "社区卫生服务站", "汽车维修厂", "社区食堂", "快递驿站"];
    private static readonly string[] Jobs = ["保洁员", "收银员", "快递员", "保安", "厨工", "家政服务员", "维修工", "仓库管理员", "护工", "绿化工"];
    private static readonly string[] Givers = ["社区党委", "街道办事处", "共驻共建单位", "爱心企业", "市总工会", "区民政局"];
    private static readonly string[] Visitors = ["社区书记、劳动保障协管员", "社区主任、网格员", "劳动保障协管员", "社区党委委员、楼栋长"];
    private static readonly string[] Goods = ["米面油", "棉被", "牛奶、鸡蛋", "月饼、水果", "冬衣", "生活用品"];
    private static readonly string[] Skills = ["驾驶C1", "电工", "烹饪", "家政", "计算机操作", "缝纫", "育婴", "保洁"];

    public int Order => 10;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken ct)
    {
        if (context.Demo is not { } demo) return;
        var figures = ModuleDemoFigures.Of(typeof(EmploymentHelpModule).Assembly, demo.Code);
        var random = new Random(demo.Code.Aggregate(23, (h, c) => unchecked(h * 37 + c)));
        var today = clock.Today();
        DateOnly DaysAgo(int min, int max) => today.AddDays(-random.Next(min, max));

        var lowIncome = await households.TaggedAsync(HouseholdTag.LowIncome, ct);
        var members = (await households.LivingMembersAsync(lowIncome.Select(h => h.Id), ct)).ToLookup(r => r.HouseholdId!.Value);
        foreach (var household in lowIncome)
        {
            var approved = DaysAgo(20, 2200);
            var entry = new LowIncomeHousehold(household.Id, members[household.Id].Count() * (52_000 + random.Next(0, 9) * 1_000L), approved, "街道办事处");
            if (approved < today.AddDays(-330)) entry.Review(today.AddDays(-random.Next(5, 320)), null);
            entry.Locate(household.BuildingId);
            db.LowIncome.Add(entry);
        }

        var people = await directory.ListAsync(0, 1000, ct);
        var workingAge = people.Where(p => p.BirthDate is { } b && b.Year is >= 1968 and <= 2004).OrderBy(_ => random.Next()).ToList();
        var pool = new Queue<ResidentSummary>(workingAge);
        ResidentSummary? Next() => pool.Count > 0 ? pool.Dequeue() : null;

        var settings = new EmploymentSettings();
        for (var i = 0; i < (figures.Int("placements") ?? 0) && Next() is { } person; i++)
        {
            var started = DaysAgo(3, 700);
            var registered = started.AddDays(-random.Next(20, 200));
            var seeker = new JobSeeker(person.Id, registered, Seeker(random, registered));
            var kind = (PlacementKind)(random.Next(10) switch { < 5 => 0, < 8 => 1, < 9 => 2, _ => 3 });
            seeker.Deregister(started, kind == PlacementKind.SelfEmployed ? DeregistrationReason.SelfEmployed : DeregistrationReason.Placed);
            var placement = new Placement(person.Id, kind, kind == PlacementKind.SelfEmployed ? "个体经营" : Employers[random.Next(Employers.Length)],
                Jobs[random.Next(Jobs.Length)], started, settings.FollowUpMonths);
            foreach (var followUp in placement.FollowUps.Where(f => f.DueOn < today.AddDays(-10) && random.Next(100) < 90))
                placement.Record(followUp.Month, followUp.DueOn.AddDays(random.Next(0, 6)), random.Next(100) < 85, null);
            seeker.Locate(person.BuildingId);
            placement.Locate(person.BuildingId);
            db.JobSeekers.Add(seeker);
            db.Placements.Add(placement);
        }

        for (var i = 0; i < (figures.Int("jobSeekers") ?? 0) && Next() is { } person; i++)
        {
            var registered = DaysAgo(5, 400);
            var seeker = new JobSeeker(person.Id, registered, Seeker(random, registered));
            seeker.Locate(person.BuildingId);
            db.JobSeekers.Add(seeker);
        }

        var categories = EmploymentSettings.DefaultCategories;
        for (var i = 0; i < (figures.Int("difficultyPersons") ?? 0) && Next() is { } person; i++)
        {
            var applied = DaysAgo(60, 700);
            var entry = new DifficultyCase(person.Id, categories[random.Next(categories.Count)], applied, "劳动保障协管员");
            entry.Decide(true, applied.AddDays(random.Next(3, 12)), "街道劳动保障所", "街道社区服务中心", null);
            entry.Decide(true, applied.AddDays(random.Next(15, 40)), "区人社局", "区人力资源和社会保障局", null);
            entry.Locate(person.BuildingId);
            db.DifficultyCases.Add(entry);
        }

        SeedVisits(figures, lowIncome.Count > 0
            ? lowIncome.Select(h => (h.Id, h.BuildingId)).ToList()
            : people.Where(p => p.HouseholdId is not null).Select(p => (p.HouseholdId!.Value, p.BuildingId)).Distinct().ToList(), random, today);
        SeedClasses(figures, random, today, workingAge);
        SeedPosts(figures, random, today, Next);
        SeedZeroEmployment(figures, random, today, people);

        for (var i = 0; i < (figures.Int("openings") ?? 0); i++)
            db.Openings.Add(new Opening(Employers[random.Next(Employers.Length)], Jobs[random.Next(Jobs.Length)], 1 + random.Next(5),
                (2_800 + random.Next(0, 25) * 100) * 100L, (OpeningSource)random.Next(3), DaysAgo(1, 120)));

        SeedLoveCards(figures, random, today);
        await db.SaveChangesAsync(ct);
    }

    // The cards go out in batches at the festivals and on Volunteer Day, to the groups the community keeps files on.
    private void SeedLoveCards(ModuleDemoFigures figures, Random random, DateOnly today)
    {
        var left = figures.Int("loveCards") ?? 0;
        string[] groups = ["独居老人", "低保户", "残疾人家庭", "困难党员", "失业人员家庭"];
        for (var i = 0; left > 0; i++)
        {
            var cards = Math.Min(left, 80 + random.Next(0, 80));
            left -= cards;
            db.LoveCards.Add(new LoveCardBatch(today.AddDays(-(20 + i * 45 % 690)), cards, groups[i % groups.Length], "家电维修、理发、代购、法律咨询免费服务"));
        }
    }

    private static JobSeekerRequest Seeker(Random random, DateOnly registered) => new()
    {
        LostWorkOn = registered.AddDays(-random.Next(5, 90)),
        Reason = random.Next(3) switch { 0 => "企业裁员", 1 => "合同到期", _ => "企业关停" },
        Education = (Education)random.Next(1, 6),
        Skills = Skills[random.Next(Skills.Length)],
        WishedWork = Jobs[random.Next(Jobs.Length)],
        WishedPayFen = (2_500 + random.Next(0, 20) * 100) * 100L,
        Phone = $"13{random.Next(0, 10)}{random.Next(10_000_000, 99_999_999)}",
    };

    // The report's aid total spread over its visits: more at Spring Festival and Mid-Autumn, the remainder on the last one.
    private void SeedVisits(ModuleDemoFigures figures, IReadOnlyList<(Guid Id, Guid? BuildingId)> households, Random random, DateOnly today)
    {
        var count = figures.Int("visits") ?? 0;
        if (count == 0 || households.Count == 0) return;
        var totalFen = (long)(figures.Number("aidYuan") ?? 0) * 100;
        var perVisit = totalFen / count;
        var given = 0L;
        for (var i = 0; i < count; i++)
        {
            var on = today.AddDays(-random.Next(1, 700));
            var occasion = on.Month switch { 1 or 2 => VisitOccasion.SpringFestival, 9 => VisitOccasion.MidAutumn, _ => random.Next(4) == 0 ? VisitOccasion.Illness : VisitOccasion.Routine };
            var aid = i == count - 1 ? totalFen - given : Math.Max(0, perVisit + random.Next(-3, 4) * perVisit / 10);
            given += aid;
            var cash = aid * random.Next(4, 8) / 10;
            var (household, building) = households[random.Next(households.Count)];
            var visit = new CareVisit(household, null, on, occasion, Visitors[random.Next(Visitors.Length)], cash, aid - cash,
                Goods[random.Next(Goods.Length)], Givers[random.Next(Givers.Length)], null);
            visit.Locate(building);
            db.Visits.Add(visit);
        }
    }

    private void SeedClasses(ModuleDemoFigures figures, Random random, DateOnly today, IReadOnlyList<ResidentSummary> trainees)
    {
        for (var i = 0; i < (figures.Int("trainingClasses") ?? 0); i++)
        {
            var kind = i % 3 == 0 ? TrainingKind.StartUp : TrainingKind.Skill;
            var starts = today.AddDays(-(60 + i * 110 % 640));
            var entry = new TrainingClass(kind == TrainingKind.StartUp ? $"创业培训班（第{i + 1}期）" : $"{Skills[i % Skills.Length]}技能培训班（第{i + 1}期）",
                kind, "市就业局", starts, starts.AddDays(10 + random.Next(15)));
            foreach (var person in trainees.Skip(i * 7).Take(15 + random.Next(10)))
            {
                var completed = random.Next(100) < 92;
                entry.Enrol(new Trainee(person.Id, completed, completed && random.Next(100) < 85 ? kind == TrainingKind.StartUp ? "创业培训合格证" : "职业技能等级证书" : null,
                    completed && random.Next(100) < 40));
            }

            db.TrainingClasses.Add(entry);
        }
    }

    private void SeedPosts(ModuleDemoFigures figures, Random random, DateOnly today, Func<ResidentSummary?> next)
    {
        string[] titles = ["劳动保障协管员", "保洁", "市场管理", "社区治安巡逻", "养老服务协理员"];
        foreach (var (kind, count, months) in new[] { (PostKind.PublicBenefit, figures.Int("publicBenefitPosts") ?? 0, 36), (PostKind.Trainee, figures.Int("traineePosts") ?? 0, 12) })
            for (var i = 0; i < count; i++)
            {
                var starts = today.AddDays(-random.Next(30, months * 30 - 20));
                var holder = next();
                var post = new Post(kind, kind == PostKind.Trainee ? "社区见习岗（高校毕业生）" : titles[i % titles.Length], holder?.Id, starts, starts.AddMonths(months),
                    kind == PostKind.Trainee ? 180_000 : 210_000);
                post.Locate(holder?.BuildingId);
                db.Posts.Add(post);
            }
    }

    private void SeedZeroEmployment(ModuleDemoFigures figures, Random random, DateOnly today, IReadOnlyList<ResidentSummary> people)
    {
        var cleared = figures.Int("zeroEmploymentCleared") ?? 0;
        var open = figures.Int("zeroEmploymentOpen") ?? 0;
        var candidates = people.Where(p => p.HouseholdId is not null).GroupBy(p => p.HouseholdId!.Value).Select(g => g.First()).OrderBy(_ => random.Next()).Take(cleared + open).ToList();
        var clock = new EmploymentSettings().ZeroEmploymentClockDays;
        for (var i = 0; i < candidates.Count; i++)
        {
            var member = candidates[i];
            if (i < cleared)
            {
                var recognised = today.AddDays(-random.Next(60, 600));
                var entry = new ZeroEmploymentHousehold(member.HouseholdId!.Value, (ZeroEmploymentSource)random.Next(3), recognised, clock);
                entry.Assist();
                entry.Clear(recognised.AddDays(random.Next(8, clock)), member.Id);
                entry.Locate(member.BuildingId);
                db.ZeroEmployment.Add(entry);
            }
            else
            {
                // An open household is still within its clock: the community clears within the city's days.
                var entry = new ZeroEmploymentHousehold(member.HouseholdId!.Value, ZeroEmploymentSource.Visit, today.AddDays(-random.Next(2, 12)), clock);
                entry.Assist();
                entry.Locate(member.BuildingId);
                db.ZeroEmployment.Add(entry);
            }
        }
    }
}
