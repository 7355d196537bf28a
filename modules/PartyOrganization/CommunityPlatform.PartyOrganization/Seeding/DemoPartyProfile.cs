using CommunityPlatform.Seeding;

namespace CommunityPlatform.PartyOrganization.Seeding;

/// <summary>
/// What the reports say of each community's Party organisation, read into one shape the demo seeders build from.
/// Numbers come from the module's own <c>Seeding/demo.json</c> (the reports' Party figures per community); the splits a
/// report leaves open are chosen here and say so.
/// </summary>
internal sealed record DemoPartyProfile(
    string Code,
    string Name,
    UnitKind? Top,
    int Branches,
    int Groups,
    int Members,
    IReadOnlyDictionary<MemberCategory, int> Categories,
    bool InServiceHeldByEmployer,
    int CommitteeSeats,
    int OrganisationPledges,
    int MemberPledges,
    int MemberPledgesFulfilled,
    int JointUnits)
{
    public static DemoPartyProfile From(DemoCommunity demo)
    {
        var figures = ModuleDemoFigures.Of(typeof(PartyOrganizationModule).Assembly, demo.Code);
        int? Figure(string key) => figures.Int(key);
        var members = Figure("partyMembers") ?? 0;
        var branches = Math.Max(1, Figure("partyBranches") ?? 1);
        var retired = Figure("retiredPartyMembers");
        var inService = Figure("inServicePartyMembers");
        var migrants = Figure("migrantPartyMembers");
        var categories = new Dictionary<MemberCategory, int>();
        if (retired is { } r)
        {
            // 新村: 193 of 205 retired; the report does not split the other 12 — in service here.
            categories[MemberCategory.Retired] = r;
            categories[MemberCategory.InService] = members - r;
        }
        else if (inService is { } s)
        {
            // 欧风丽苑 179 of 230, 五一街 183 of 202 in service; the rest retired.
            categories[MemberCategory.InService] = s;
            categories[MemberCategory.Retired] = members - s;
        }
        else if (migrants is { } m)
        {
            // 重华: 6 members of the residents' committee and 5 migrant workers.
            categories[MemberCategory.InService] = members - m;
            categories[MemberCategory.Mobile] = m;
        }
        else
        {
            // 塔城路 gives only the total: a plausible mix, most of them retired.
            var laidOff = members / 25;
            var mobile = members / 18;
            var service = members / 3;
            categories[MemberCategory.InService] = service;
            categories[MemberCategory.Mobile] = mobile;
            categories[MemberCategory.LaidOff] = laidOff;
            categories[MemberCategory.Retired] = members - service - mobile - laidOff;
        }

        var bigCommittee = Figure("bigPartyCommitteeMembers") ?? 0;
        // 塔城路's report speaks of its 社区党委 (002); its branches under it are not counted there — three are chosen here.
        var committee = bigCommittee > 0 || Figure("communityPartyCommittee") is 1;
        var top = committee ? UnitKind.Committee : branches > 1 ? UnitKind.GeneralBranch : (UnitKind?)null;
        // 欧风丽苑 groups its buildings into 14 groups; 五一街 has a group per grid (six grids, DOMAIN.md).
        var groups = Figure("buildingPartyGroups") ?? (demo.Code == "wuyijie" ? 6 : 0);
        return new DemoPartyProfile(
            demo.Code, demo.Name, top, branches, groups, members, categories,
            InServiceHeldByEmployer: inService is not null,
            CommitteeSeats: bigCommittee,
            OrganisationPledges: Figure("organisationPledges") ?? 0,
            MemberPledges: Figure("memberPledges") ?? 0,
            MemberPledgesFulfilled: Figure("memberPledges") is { } pledged && figures.Number("memberPledgeFulfilmentRate") is { } rate
                ? (int)Math.Round(pledged * rate / 100m, MidpointRounding.AwayFromZero) : 0,
            JointUnits: Figure("jointBuildingUnits") ?? 0);
    }
}
