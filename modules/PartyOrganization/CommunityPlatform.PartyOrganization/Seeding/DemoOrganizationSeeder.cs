using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Residents;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.PartyOrganization.Seeding;

/// <summary>
/// The organisation of each report community: 新村's general branch over six branches, 五一街's big committee of five
/// over its branch and six grid Party groups, 塔城路's 社区党委 over three branches, 欧风丽苑's branch with 14 building
/// groups over its 30 buildings, and 重华's one branch.
/// </summary>
internal sealed class DemoOrganizationSeeder(PartyDbContext db, IResidentDirectory registry) : ICommunitySeeder, IScopedService
{
    private static readonly (string Name, string Post, SeatAffiliation From, string? Organisation)[] BigCommittee =
    [
        ("社区党支部书记", "书记", SeatAffiliation.Community, null),
        ("辖区单位党组织负责人", "委员", SeatAffiliation.ResidentUnit, "辖区企事业单位"),
        ("社区民警", "委员", SeatAffiliation.Police, "辖区派出所"),
        ("业主委员会主任", "委员", SeatAffiliation.OwnersCommittee, "小区业主委员会"),
        ("物业公司党员负责人", "委员", SeatAffiliation.PropertyCompany, "物业服务公司"),
    ];

    public int Order => 0;

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is not { } demo) return;
        var profile = DemoPartyProfile.From(demo);
        var top = profile.Top switch
        {
            // 五一街's committee takes in the resident units (大党委, 004); 塔城路's is the community's own 社区党委 (002).
            UnitKind.Committee => new OrganizationUnit(profile.CommitteeSeats > 0 ? $"{demo.Name}大党委" : $"{demo.Name}党委", UnitKind.Committee, null, null),
            UnitKind.GeneralBranch => new OrganizationUnit($"{demo.Name}党总支", UnitKind.GeneralBranch, null, null),
            _ => null,
        };
        if (top is not null) db.Units.Add(top);
        for (var s = 0; s < profile.CommitteeSeats && top is not null; s++)
        {
            var (name, post, from, organisation) = BigCommittee[s % BigCommittee.Length];
            db.Seats.Add(new CommitteeSeat(top.Id, name, post, from, organisation));
        }

        var branches = new List<OrganizationUnit>();
        for (var i = 1; i <= profile.Branches; i++)
        {
            var branch = new OrganizationUnit(profile.Branches > 1 ? $"{demo.Name}第{i}党支部" : $"{demo.Name}党支部", UnitKind.Branch, top, null);
            branches.Add(branch);
            db.Units.Add(branch);
        }

        var buildings = profile.Code == "oufengliyuan" ? await registry.GetBuildingsAsync(null, cancellationToken) : [];
        for (var g = 0; g < profile.Groups; g++)
        {
            var group = new OrganizationUnit(buildings.Count > 0 ? $"第{g + 1}楼宇党小组" : $"第{g + 1}网格党小组", UnitKind.Group, branches[0], null);
            // 30 buildings in 14 groups: the first groups take one building more, in number order.
            group.CoverBuildings(buildings.Where((_, b) => b % profile.Groups == g).Select(b => b.Id).ToList());
            db.Units.Add(group);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
