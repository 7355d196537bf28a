using CommunityPlatform.Application;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Seeding;

/// <summary>
/// The members each report counts, drawn from the community's generated registry (retired members from its oldest
/// residents), placed in the building group of their building or spread over the branches, with one liaison per
/// building of 欧风丽苑. Deterministic per community code.
/// </summary>
internal sealed class DemoMemberSeeder(PartyDbContext db, IResidentDirectory registry, TimeProvider clock) : ICommunitySeeder, IScopedService
{
    private static readonly string[] Employers = ["市第一人民医院", "市供电公司", "区教育局", "市自来水公司", "工商银行支行", "区人民法院", "市第三中学", "区税务局"];
    private static readonly string[] Services = ["楼栋卫生督导", "关心下一代辅导", "文明劝导", "矛盾纠纷调解", "困难家庭帮扶", "政策宣讲"];

    public int Order => 1;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var profile = DemoPartyProfile.From(demo);
        if (profile.Members == 0) return;
        var random = new Random(demo.Code.Aggregate(29, (h, c) => unchecked(h * 31 + c)));
        var today = clock.Today();
        var adults = (await registry.ListAsync(0, 5000, cancellationToken))
            .Where(r => r.BirthDate is { } born && born.AddYears(18) <= today).OrderBy(r => r.BirthDate).ToList();
        var units = await db.Units.ToListAsync(cancellationToken);
        var groups = units.Where(u => u.Kind == UnitKind.Group).ToList();
        var leaves = groups.Count > 0 ? groups : units.Where(u => u.Kind == UnitKind.Branch).ToList();

        // The oldest residents are the retired members; the others come from the rest, youngest adults last.
        var retired = profile.Categories.GetValueOrDefault(MemberCategory.Retired);
        var pool = new Queue<ResidentSummary>(adults.Take(retired));
        var others = new Queue<ResidentSummary>(adults.Skip(retired).OrderBy(_ => random.Next()));
        var members = new List<PartyMember>();
        foreach (var (category, count) in profile.Categories.OrderBy(c => c.Key == MemberCategory.Retired ? 0 : 1))
        {
            for (var i = 0; i < count; i++)
            {
                var resident = category == MemberCategory.Retired && pool.Count > 0 ? pool.Dequeue() : others.Count > 0 ? others.Dequeue() : null;
                if (resident is null) break;
                var unit = groups.FirstOrDefault(g => resident.BuildingId is { } b && g.BuildingIds.Contains(b)) ?? leaves[members.Count % leaves.Count];
                var member = new PartyMember(resident.Id, unit.Id, Facts(category, profile, random, today, members.Count));
                if (member.ShouldReportIn && random.Next(100) < 90)
                    member.ReportIn(today.AddDays(-random.Next(30, 700)), Services[random.Next(Services.Length)], today);
                members.Add(member);
                db.Members.Add(member);
                // No PartyMemberRegistered here: other modules seed their own demo data; only the liaisons below are news to them.
                db.Moves.Add(new MemberMove(member.Id, MoveKind.Registered, member.JoinedOn, null, unit.Id, null, null));
            }
        }

        foreach (var group in groups)
        {
            foreach (var building in group.BuildingIds)
            {
                var liaison = members.FirstOrDefault(m => adults.First(a => a.Id == m.ResidentId).BuildingId == building)
                              ?? members.FirstOrDefault(m => m.UnitId == group.Id);
                if (liaison is null) continue;
                db.Liaisons.Add(new BuildingLiaison(building, liaison.Id));
                db.Publish(new BuildingLiaisonChanged(building, liaison.Id, liaison.ResidentId, adults.First(a => a.Id == liaison.ResidentId).Name));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static MemberFacts Facts(MemberCategory category, DemoPartyProfile profile, Random random, DateOnly today, int index)
    {
        // Two members of each community are still probationary: they joined within the year.
        var probationary = index is 3 or 17;
        var joined = probationary
            ? today.AddDays(-random.Next(30, 300))
            : new DateOnly(category == MemberCategory.Retired ? 1965 + random.Next(35) : 1995 + random.Next(28), 1 + random.Next(12), 1 + random.Next(28));
        var relation = category switch
        {
            MemberCategory.Mobile => RelationHeld.Elsewhere,
            MemberCategory.InService when profile.InServiceHeldByEmployer && random.Next(100) < 92 => RelationHeld.Employer,
            _ => RelationHeld.Community,
        };
        var income = category switch
        {
            MemberCategory.Retired => 200_000L + random.Next(400) * 1_000,
            MemberCategory.LaidOff => 0,
            _ => 250_000L + random.Next(950) * 1_000,
        };
        return new MemberFacts(
            joined, probationary ? MembershipStatus.Probationary : MembershipStatus.Full, probationary ? null : joined.AddYears(1),
            category, relation, relation == RelationHeld.Employer ? Employers[random.Next(Employers.Length)] : relation == RelationHeld.Elsewhere ? "户籍所在地党组织" : null,
            null, HouseholdPlaque: random.Next(100) < 60, DuesClass: null, income);
    }
}
