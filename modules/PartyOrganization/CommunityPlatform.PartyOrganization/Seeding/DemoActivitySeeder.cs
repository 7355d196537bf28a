using CommunityPlatform.Application;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Care;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Dues;
using CommunityPlatform.PartyOrganization.JointUnits;
using CommunityPlatform.PartyOrganization.Meetings;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.PartyOrganization.Pledges;
using CommunityPlatform.PartyOrganization.Reviews;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Seeding;

/// <summary>
/// A living record for each report community: the pledges of the reports (新村: 62 organisation pledges all kept,
/// 546 of 569 member pledges kept), 三会一课 of last quarter and this one, three months of dues, last year's review with
/// its awards, pairings, micro-wishes and errands in each community's words (<see cref="DemoCare"/>), and the
/// joint-building units the reports count.
/// </summary>
internal sealed class DemoActivitySeeder(PartyDbContext db, IResidentDirectory registry, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private static readonly string[] OrganisationPledges = ["为辖区老人办理优待证", "修缮小区路灯", "建设社区阅览室", "组织义诊进社区", "疏通楼道下水", "开展法律咨询"];
    private static readonly string[] JointUnitNames = ["区人民医院", "市第三中学", "辖区派出所", "供电营业所", "工商银行支行", "区图书馆", "邮政支局", "自来水公司营业所", "区税务分局", "市实验小学", "消防救援站"];

    public int Order => 2;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var profile = DemoPartyProfile.From(demo);
        var random = new Random(demo.Code.Aggregate(41, (h, c) => unchecked(h * 31 + c)));
        var today = clock.Today();
        var units = await db.Units.ToListAsync(cancellationToken);
        var members = await db.Members.OrderBy(m => m.Id).ToListAsync(cancellationToken);
        if (members.Count == 0) return;

        SeedPledges(profile, units, members, random, today);
        SeedMeetings(profile, units, members, random, today);
        SeedDues(members, random, today);
        SeedReview(members, units, random, today);
        await SeedCareAsync(DemoCare.For(demo.Code), members, random, today, cancellationToken);
        SeedJointUnits(profile, random, today);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedPledges(DemoPartyProfile profile, List<OrganizationUnit> units, List<PartyMember> members, Random random, DateOnly today)
    {
        // Communities whose report gives no pledge figures still get a few, so their pages are not empty.
        var organisationPledges = profile.OrganisationPledges > 0 ? profile.OrganisationPledges : 3;
        var memberPledges = profile.MemberPledges > 0 ? profile.MemberPledges : members.Count / 2;
        var memberKept = profile.MemberPledges > 0 ? profile.MemberPledgesFulfilled : memberPledges * 85 / 100;
        var owners = units.Where(u => u.Kind != UnitKind.Group).ToList();
        for (var i = 0; i < organisationPledges; i++)
        {
            var made = today.AddDays(-30 - random.Next(700));
            var pledge = new Pledge(owners[i % owners.Count].Id, null, PledgeCategory.ServiceProject, OrganisationPledges[i % OrganisationPledges.Length], made, made.AddMonths(3));
            if (profile.OrganisationPledges > 0 || i < 2) pledge.Close(true, Before(made.AddDays(20 + random.Next(60)), today), "照片与居民签字", PledgeAssessment.Good, today);
            db.Pledges.Add(pledge);
        }

        for (var i = 0; i < memberPledges; i++)
        {
            var member = members[i % members.Count];
            var category = member.Category switch
            {
                MemberCategory.Retired => i % 2 == 0 ? PledgeCategory.PassingOnExperience : PledgeCategory.NeighbourlyHelp,
                MemberCategory.LaidOff => PledgeCategory.SkillsUpgrade,
                _ => i % 2 == 0 ? PledgeCategory.WorkplaceExcellence : PledgeCategory.CommunityService,
            };
            var made = Later(today.AddDays(-60 - random.Next(670)), member.JoinedOn);
            var pledge = new Pledge(member.UnitId, member, category, "党员承诺事项", made, made.AddMonths(6));
            // The ones not kept: half closed as not fulfilled, half still open.
            if (i < memberKept) pledge.Close(true, Before(made.AddDays(30 + random.Next(120)), today), "支部核实", i % 5 == 0 ? PledgeAssessment.Excellent : PledgeAssessment.Good, today);
            else if (i % 2 == 0) pledge.Close(false, Before(made.AddMonths(6), today), null, PledgeAssessment.Poor, today);
            db.Pledges.Add(pledge);
        }
    }

    private void SeedMeetings(DemoPartyProfile profile, List<OrganizationUnit> units, List<PartyMember> members, Random random, DateOnly today)
    {
        var thisQuarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        foreach (var quarter in new[] { thisQuarter.AddMonths(-3), thisQuarter })
        {
            foreach (var (branch, index) in units.Where(u => u.Kind == UnitKind.Branch).Select((b, i) => (b, i)))
            {
                var subtree = OrganizationUnit.Subtree(units, branch.Id);
                var attendees = members.Where(m => subtree.Contains(m.UnitId)).ToList();
                Add(MeetingKind.BranchMembers, branch, quarter.AddDays(14), "学习传达上级精神", attendees);
                // One 新村 branch missed last quarter's lecture, so the completion rate is not a flat 100 %.
                if (!(index == 5 && quarter < thisQuarter)) Add(MeetingKind.Lecture, branch, quarter.AddDays(20), "专题党课", attendees);
                for (var month = 0; month < 3; month++)
                {
                    Add(MeetingKind.BranchCommittee, branch, quarter.AddMonths(month).AddDays(4), "支委会研究月度工作", attendees.Take(5).ToList());
                    foreach (var group in units.Where(u => u.ParentId == branch.Id && u.Kind == UnitKind.Group))
                        Add(MeetingKind.Group, group, quarter.AddMonths(month).AddDays(9), "党小组学习", members.Where(m => m.UnitId == group.Id).ToList());
                }
            }

            if (units.FirstOrDefault(u => u.ParentId is null) is { } top)
                Add(MeetingKind.ThemeDay, top, quarter.AddMonths(1), "主题党日：走进社区为民服务", members.Take(30).ToList());
        }

        void Add(MeetingKind kind, OrganizationUnit unit, DateOnly on, string topic, List<PartyMember> attendees)
        {
            if (on > today) return;
            var attendance = attendees.Where(m => m.JoinedOn <= on)
                .Select(m => random.Next(100) < 90 ? new Attendance(m.Id, true, null) : new Attendance(m.Id, false, random.Next(2) == 0 ? "病假" : "外出"))
                .ToList();
            db.Meetings.Add(new Meeting(kind, unit, on, topic, $"{profile.Name}{PartyLabelsZh(kind)}纪要", attendance, today));
        }
    }

    private void SeedDues(List<PartyMember> members, Random random, DateOnly today)
    {
        for (var back = 2; back >= 0; back--)
        {
            var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-back);
            var month = first.Year * 100 + first.Month;
            foreach (var member in members.Where(m => m.JoinedOn.Year * 100 + m.JoinedOn.Month <= month))
            {
                if (random.Next(100) >= (back == 0 ? 75 : 97)) continue;
                var paidOn = Before(first.AddDays(random.Next(20)), today);
                db.DuesPayments.Add(new DuesPayment(member, month, member.MonthlyDuesFen, paidOn, random.Next(100) < 5 ? "家属代缴" : null));
            }
        }
    }

    private void SeedReview(List<PartyMember> members, List<OrganizationUnit> units, Random random, DateOnly today)
    {
        var year = today.Year - 1;
        var round = new ReviewRound(year, $"{year}年度党员民主评议");
        db.ReviewRounds.Add(round);
        var excellent = new List<PartyMember>();
        foreach (var member in members.Where(m => m.JoinedOn.Year <= year))
        {
            var roll = random.Next(100);
            var result = roll < 10 ? ReviewResult.Excellent : roll < 98 ? ReviewResult.Qualified : ReviewResult.BasicallyQualified;
            if (result == ReviewResult.Excellent) excellent.Add(member);
            db.ReviewEntries.Add(new ReviewEntry(round.Id, member.Id, result, null));
        }

        foreach (var member in excellent.Take(3)) db.Awards.Add(new Award(year, AwardKind.ExcellentMember, $"{year}年度优秀共产党员", member.Id, null, null, null));
        var group = units.FirstOrDefault(u => u.Kind == UnitKind.Group);
        if (group is not null)
            db.Awards.Add(new Award(year, AwardKind.LearningGroup, $"{year}年度学习型党小组", null, group.Id, null, null));
        if (group is { BuildingIds.Count: > 0 })
            db.Awards.Add(new Award(year, AwardKind.LearningBuilding, $"{year}年度学习型楼群", null, null, null, group.BuildingIds[0]));
    }

    private async Task SeedCareAsync(DemoCare care, List<PartyMember> members, Random random, DateOnly today, CancellationToken ct)
    {
        var memberResidents = members.Select(m => m.ResidentId).ToHashSet();
        var residents = (await registry.ListAsync(0, 5000, ct)).Where(r => !memberResidents.Contains(r.Id)).ToList();
        if (residents.Count < 20) return;
        var paired = new HashSet<Guid>();
        for (var i = 0; i < care.Pairings.Length; i++)
        {
            var (reason, group) = care.Pairings[i];
            // The resident of the special group the pairing is for, when the registry has one not yet paired.
            var needy = residents.FirstOrDefault(r => group is { } g && r.Tags.Contains(g) && !paired.Contains(r.Id))
                        ?? residents.FirstOrDefault(r => !paired.Contains(r.Id) && r.Tags.Count > 0)
                        ?? residents.First(r => !paired.Contains(r.Id));
            paired.Add(needy.Id);
            var pairing = new Pairing(members[i * 7 % members.Count], needy.Id, reason, today.AddDays(-300 + i * 15), today);
            db.Pairings.Add(pairing);
            db.PairingVisits.Add(pairing.Visit(today.AddDays(-300 + i * 15 + 10), care.Visits.First, today));
            db.PairingVisits.Add(pairing.Visit(today.AddDays(-30 + i), care.Visits.Latest, today));
        }

        // Wishes and errands of residents spread over the registry, the older ones done, the newest still open.
        var step = Math.Max(1, residents.Count / (care.Wishes.Length + care.Errands.Length + 1));
        for (var i = 0; i < care.Wishes.Length; i++)
        {
            var wish = new MicroWish(residents[(i + 1) * step % residents.Count].Id, care.Wishes[i], today.AddDays(-60 + i * 5));
            if (i < care.Wishes.Length - 2) wish.Claim(members[(i * 11) % members.Count].Id, today.AddDays(-50 + i * 5), today);
            if (i < care.Wishes.Length - 3) wish.Fulfil(today.AddDays(-40 + i * 5), "已送到居民家中", today);
            db.Wishes.Add(wish);
        }

        for (var i = 0; i < care.Errands.Length; i++)
        {
            var errand = new Errand(residents[(care.Wishes.Length + i + 1) * step % residents.Count].Id, members[(i * 5) % members.Count].Id, care.Errands[i], today.AddDays(-30 + i * 3));
            if (i < care.Errands.Length - 2) errand.Done(today.AddDays(-25 + i * 3), "已办结", today);
            db.Errands.Add(errand);
        }
    }

    private void SeedJointUnits(DemoPartyProfile profile, Random random, DateOnly today)
    {
        for (var i = 0; i < profile.JointUnits; i++)
        {
            var name = i < JointUnitNames.Length ? JointUnitNames[i] : $"共建单位{i + 1}";
            var signed = today.AddDays(-100 - random.Next(600));
            var unit = new JointUnit(new JointUnitFacts(name, "联络人", null, "场地、志愿者", signed, signed.AddYears(3), "资源共享、活动共办、难题共解"));
            db.JointUnits.Add(unit);
            db.JointActivities.Add(new JointActivity(unit.Id, Before(signed.AddDays(30 + random.Next(60)), today), "共建联谊活动", 20 + random.Next(60), null));
        }
    }

    private static string PartyLabelsZh(MeetingKind kind) => kind switch
    {
        MeetingKind.BranchMembers => "支部党员大会",
        MeetingKind.BranchCommittee => "支部委员会",
        MeetingKind.Group => "党小组会",
        MeetingKind.Lecture => "党课",
        _ => "主题党日",
    };

    private static DateOnly Before(DateOnly date, DateOnly today) => date > today ? today : date;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
