using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Activities;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Families;
using CommunityPlatform.CultureTeams.Points;
using CommunityPlatform.CultureTeams.Teams;
using CommunityPlatform.CultureTeams.Venues;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.CultureTeams.Seeding;

/// <summary>
/// A living record for each report community, dated back from the seeding day: its venues, the teams its report names
/// with leaders and members from the registry, 塔城路's two 睦邻点 with their equipment, roster and quarterly meetings,
/// two years of activities (head counts where the report gives only totals), the coming ones for the calendar, and
/// family titles. Volunteers and their hours come from <see cref="DemoVolunteerSeeder"/>.
/// </summary>
internal sealed class DemoCultureSeeder(CultureTeamsDbContext db, IResidentDirectory registry, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    public async Task SeedAsync(CommunitySeedContext context, CancellationToken ct)
    {
        // A community outside the demo starts empty: the settings' defaults need no row until someone changes them.
        if (context.Demo is not { } demo) return;

        var figures = ModuleDemoFigures.Of(typeof(CultureTeamsModule).Assembly, demo.Code);
        var random = new Random(demo.Code.Aggregate(17, (h, c) => unchecked(h * 31 + c)));
        var today = clock.Today();
        var people = await registry.ListAsync(0, 1000, ct);
        if (people.Count == 0) return;
        var next = 0;
        ResidentSummary Next() => people[next++ % people.Count];

        var venues = Venues(demo.Code, figures);
        db.Venues.AddRange(venues);
        var hall = venues[0];

        var teams = new List<Team>();
        foreach (var plan in DemoTeams.For(demo.Code, figures))
        {
            var team = new Team(plan.Name, plan.Kind, plan.Category, today.AddDays(-400 - random.Next(1500)));
            var leader = Next();
            team.Change(plan.Name, plan.Kind, plan.Category, leader.Id, plan.FromHour is null ? null : plan.Category == "书画" && venues.Count > 3 ? venues[3].Id : hall.Id, team.FoundedOn, null);
            team.Schedule(plan.Days, plan.FromHour is { } h ? new TimeOnly(h, 0) : null, plan.FromHour is { } f ? new TimeOnly(f + 1, 0) : null);
            team.Apply(TeamAction.Activate);
            db.Teams.Add(team);
            db.TeamMembers.Add(new TeamMember(team.Id, leader.Id, null, null, team.FoundedOn));
            for (var i = 1; i < plan.Members; i++)
                db.TeamMembers.Add(i % 9 == 8
                    ? new TeamMember(team.Id, null, DemoGuests.Name(random), DemoGuests.Phone(random), team.FoundedOn.AddDays(random.Next(300)))
                    : new TeamMember(team.Id, Next().Id, null, null, team.FoundedOn.AddDays(random.Next(300))));
            teams.Add(team);
        }

        var points = demo.Code == "tachenglu" ? await PointsAsync(hall, teams, figures, Next, random, today, ct) : [];
        SeedActivities(demo.Code, figures, teams, points, hall, random, today);
        SeedComing(teams, hall, random, today);
        SeedBookings(venues, teams, random, today);
        SeedTitles(people, random, today);
        await db.SaveChangesAsync(ct);
    }

    private static List<Venue> Venues(string code, ModuleDemoFigures figures)
    {
        var hallName = code == "tachenglu" ? "社区一楼活动大厅" : "社区活动中心";
        var list = new List<Venue>
        {
            new(hallName, code == "tachenglu" ? VenueKind.Hall : VenueKind.ActivityCentre, 120, figures.Number("hallM2") ?? 260, new(8, 0), new(21, 0), "社区服务中心一楼", null),
            new("文化广场", VenueKind.Square, 300, 1200, new(6, 0), new(22, 0), "社区服务中心南侧", "晨练、广场舞"),
            new("图书室", VenueKind.Library, 30, 60, new(9, 0), new(17, 30), "社区服务中心二楼", "农家书屋藏书"),
            new(code == "wuyijie" ? "书画室" : "多功能室", VenueKind.FunctionRoom, 40, 80, new(8, 30), new(20, 30), "社区服务中心二楼", null),
        };
        return list;
    }

    private async Task<List<Point>> PointsAsync(Venue hall, List<Team> teams, ModuleDemoFigures figures, Func<ResidentSummary> next, Random random, DateOnly today, CancellationToken ct)
    {
        var dance = new Point("老年歌舞睦邻点", "老年歌舞");
        dance.Change(dance.Name, dance.Theme, hall.Id, null, figures.Number("hallM2") ?? 200, teams[0].LeaderResidentId, "社区文化专干");
        var craftLeader = teams[1].LeaderResidentId!.Value;
        var home = (await registry.GetManyAsync([craftLeader], ct)).FirstOrDefault()?.HouseholdId is { } household
            ? (await registry.GetHouseholdsAsync([household], ct)).FirstOrDefault()?.Address
            : null;
        var craft = new Point("手工技能睦邻点", "手工技能");
        craft.Change(craft.Name, craft.Theme, null, home ?? "负责人家中", null, craftLeader, "社区文化专干");
        db.Points.AddRange(dance, craft);

        // 7,000 余元: tables and chairs, a television, speakers, costumes and props, sewing and craft tools.
        var yuan = figures.Int("equipmentYuan") ?? 7000;
        var lines = new (Point Point, string Name, int Quantity, int Share)[]
        {
            (dance, "音箱设备", 1, 26), (dance, "液晶电视", 1, 22), (dance, "演出服装", 20, 20), (dance, "演出道具", 30, 8),
            (dance, "桌椅", 12, 10), (craft, "缝纫机", 1, 8), (craft, "手工工具和材料", 1, 6),
        };
        var bought = today.AddMonths(-20);
        var spent = 0L;
        for (var i = 0; i < lines.Length; i++)
        {
            var fen = i == lines.Length - 1 ? yuan * 100L - spent : yuan * 100L * lines[i].Share / 100;
            spent += fen;
            db.Equipment.Add(new Equipment(lines[i].Point.Id, lines[i].Name, lines[i].Quantity, fen, bought.AddDays(i), null));
        }

        foreach (var point in new[] { dance, craft })
        {
            foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
                db.Duties.Add(new Duty(point.Id, next().Id, (int)day % 2 == 0 ? DutyRole.BuildingHead : DutyRole.PartyMember, day));
        }

        // 每季度召开一次睦邻点例会.
        for (var q = 1; q <= 7; q++)
        {
            var held = new DateOnly(today.AddMonths(-3 * q).Year, (today.AddMonths(-3 * q).Month - 1) / 3 * 3 + 1, 1).AddDays(20 + random.Next(40));
            db.PointMeetings.Add(new PointMeeting(dance.Id, held, 8 + random.Next(6), "通报本季度两个睦邻点活动开展情况，交流经验，研究解决场地、器材和值日安排问题。"));
        }

        return [dance, craft];
    }

    private void SeedActivities(string code, ModuleDemoFigures figures, List<Team> teams, List<Point> points, Venue hall, Random random, DateOnly today)
    {
        var total = figures.Int("activities") ?? 60;
        var trainings = figures.Int("trainings") ?? 3;
        var publicity = figures.Int("publicity") ?? 4;
        var lectures = figures.Int("lecturesPerYear") ?? 0;
        // 塔城路's figures are cumulative since the points opened: spread over two years; the others' over the last year.
        var span = points.Count > 0 ? 720 : 360;
        var attendances = figures.Int("attendances");
        var regular = total - trainings - publicity - lectures;
        var counts = attendances is { } all
            ? Spread(all - (figures.Int("trainees") ?? 0) - publicity * 4, regular, random)
            : Enumerable.Range(0, regular).Select(_ => 8 + random.Next(28)).ToList();
        var trainees = Spread(figures.Int("trainees") ?? trainings * 12, trainings, random);
        var information = Spread(figures.Int("information") ?? publicity * 3, publicity, random);
        var culture = teams.Where(t => t.Kind != TeamKind.Volunteer).ToList();

        for (var i = 0; i < regular; i++)
        {
            var team = culture.Count > 0 ? culture[i % culture.Count] : teams[0];
            var point = points.Count > 0 ? points[i % 5 < 3 ? 0 : 1] : null;
            var kind = points.Count == 0 && i % 25 == 7 ? ActivityKind.Performance : points.Count == 0 && i % 40 == 13 ? ActivityKind.Exhibition : ActivityKind.Activity;
            var title = point is not null ? (point.Theme == "老年歌舞" ? "老年歌舞活动" : "手工技能课堂") : $"{team.Name}{Title(kind)}";
            Held(title, kind, point is null ? team : teams[point == points[0] ? 0 : 1], point, hall, today.AddDays(-1 - random.Next(span)), team.From?.Hour ?? 9, counts[i], null);
        }

        for (var i = 0; i < trainings; i++)
            Held(points.Count > 0 ? "手工制作培训" : "文艺骨干培训", ActivityKind.Training, teams[Math.Min(1, teams.Count - 1)], points.Count > 1 ? points[1] : null, hall,
                today.AddDays(-5 - random.Next(span - 5)), 14, trainees[i], null);
        string[] topics = ["医保政策宣传", "计划生育政策宣传", "反诈宣传", "垃圾分类宣传", "消防安全宣传", "养老保险政策宣讲"];
        for (var i = 0; i < publicity; i++)
            Held(topics[i % topics.Length], ActivityKind.Publicity, null, points.Count > 0 ? points[i % 2] : null, hall, today.AddDays(-3 - random.Next(span - 3)), 10, 4, information[i]);
        string[] lectureTopics = ["老年人防跌倒", "家庭教育", "中医养生", "法律常识", "智能手机使用", "心理健康", "食品安全", "党史故事", "书法入门", "急救常识", "理财防骗", "民族团结"];
        for (var i = 0; i < lectures; i++)
            Held($"学习超市：{lectureTopics[i % lectureTopics.Length]}", ActivityKind.Lecture, null, null, hall, today.AddDays(-15 - 30 * i), 9, 25 + random.Next(20), null);
        if (code == "xincun")
        {
            Held("社区文化艺术节", ActivityKind.Festival, null, null, hall, today.AddDays(-120), 9, 260, null, "合唱《歌唱祖国》\n腰鼓表演\n太极拳展示\n舞蹈《茉莉花》\n书画作品展");
        }
    }

    private void Held(string title, ActivityKind kind, Team? team, Point? point, Venue hall, DateOnly day, int hour, int attendance, int? information, string? programme = null)
    {
        var activity = new Activity(title, kind, ChinaTime.Utc(day, new TimeOnly(hour, 0)), ChinaTime.Utc(day, new TimeOnly(hour + 1, 30)));
        activity.Describe(title, kind, team?.Id, point?.Id, point is null || point.VenueId is not null ? hall.Id : null, null, null, programme, true, null);
        activity.Apply(ActivityAction.Hold, null, null);
        activity.Apply(ActivityAction.Record, attendance, information);
        activity.Apply(ActivityAction.Close, null, null);
        db.Activities.Add(activity);
    }

    private void SeedComing(List<Team> teams, Venue hall, Random random, DateOnly today)
    {
        var culture = teams.Where(t => t.Kind != TeamKind.Volunteer).Take(3).ToList();
        for (var i = 0; i < culture.Count; i++)
        {
            var day = today.AddDays(3 + 4 * i + random.Next(3));
            var activity = new Activity($"{culture[i].Name}公开排练", ActivityKind.Activity, ChinaTime.Utc(day, new TimeOnly(15, 0)), ChinaTime.Utc(day, new TimeOnly(16, 30)));
            activity.Describe(activity.Title, activity.Kind, culture[i].Id, null, hall.Id, null, null, null, true, null);
            db.Activities.Add(activity);
        }

        var lectureDay = today.AddDays(9);
        var lecture = new Activity("学习超市：智能手机防诈骗", ActivityKind.Lecture, ChinaTime.Utc(lectureDay, new TimeOnly(9, 30)), ChinaTime.Utc(lectureDay, new TimeOnly(11, 0)));
        lecture.Describe(lecture.Title, lecture.Kind, null, null, hall.Id, null, 40, null, true, "请提前报名");
        lecture.Apply(ActivityAction.Open, null, null);
        db.Activities.Add(lecture);
    }

    private void SeedBookings(List<Venue> venues, List<Team> teams, Random random, DateOnly today)
    {
        var room = venues[^1];
        for (var i = 0; i < 12; i++)
        {
            var day = today.AddDays(-60 + 7 * i);
            var booking = new Booking(room.Id, i % 3 == 0 ? "老年大学书法课" : "队伍排练", "队长", teams[i % teams.Count].Id, ChinaTime.Utc(day, new TimeOnly(14, 0)), ChinaTime.Utc(day, new TimeOnly(16, 0)), 15 + random.Next(20));
            if (day < today)
            {
                booking.Apply(BookingAction.Approve, null);
                booking.Apply(i % 5 == 4 ? BookingAction.NoShow : BookingAction.Use, null);
            }
            else if (i % 2 == 0) booking.Apply(BookingAction.Approve, null);
            if (booking.State is BookingState.Approved or BookingState.Used or BookingState.NoShow) room.Take();
            db.Bookings.Add(booking);
        }
    }

    private void SeedTitles(IReadOnlyList<ResidentSummary> people, Random random, DateOnly today)
    {
        var households = people.Select(p => p.HouseholdId).OfType<Guid>().Distinct().OrderBy(_ => random.Next()).Take(10).ToList();
        if (households.Count == 0) return;
        var year = today.Year - 1;
        for (var i = 0; i < households.Count; i++)
            db.FamilyTitles.Add(new FamilyTitle(year, i < 5 ? FamilyTitleKind.CivilizedFamily : i < 8 ? FamilyTitleKind.BookishFamily : FamilyTitleKind.CultureHome, households[i], null));
    }

    private static string Title(ActivityKind kind) => kind switch
    {
        ActivityKind.Performance => "演出",
        ActivityKind.Exhibition => "作品展",
        _ => "活动",
    };

    /// <summary><paramref name="count"/> whole numbers of at least one that add up to <paramref name="total"/>, unevenly.</summary>
    public static List<int> Spread(int total, int count, Random random)
    {
        if (count <= 0) return [];
        var parts = Enumerable.Repeat(Math.Max(1, total / count), count).ToList();
        var left = total - parts.Sum();
        while (left > 0) { parts[random.Next(count)]++; left--; }
        for (var i = 0; i < count; i++)
        {
            var (a, b) = (random.Next(count), random.Next(count));
            if (parts[a] > 1) { parts[a]--; parts[b]++; }
        }

        return parts;
    }
}
