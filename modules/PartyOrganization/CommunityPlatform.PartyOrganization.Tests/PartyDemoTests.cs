namespace CommunityPlatform.PartyOrganization.Tests;

// Why: 塔城路's report speaks of its 社区党委 (002), but the demo seeded it a single 党支部; and every community had the
// same three pairings, six micro-wishes ("冬天的棉被") and five errands, worded alike.

/// <summary>Each report community's Party body and care work are its own.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PartyDemoTests(PlatformFixture platform)
{
    private static readonly string[] Communities = ["xincun", "chonghua", "tachenglu", "oufengliyuan", "wuyijie"];

    [Fact]
    public async Task Tachenglus_party_body_is_a_community_committee_over_its_branches()
    {
        var units = await (await platform.SecretaryOfAsync("tachenglu")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations");
        var top = units.Where(u => u.ParentId == null).ShouldHaveSingleItem();
        top.Kind.ShouldBe(UnitKind.Committee);
        top.Name.ShouldBe("塔城路社区党委");
        units.Where(u => u.ParentId == top.Id).ShouldAllBe(u => u.Kind == UnitKind.Branch);
        units.Count(u => u.Kind == UnitKind.Branch).ShouldBeGreaterThan(1);

        // 五一街's committee is the 大党委 of its report (004); 欧风丽苑 keeps the one 党支部 its report names (003).
        (await (await platform.SecretaryOfAsync("wuyijie")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations"))
            .ShouldContain(u => u.Kind == UnitKind.Committee && u.Name == "五一街社区大党委");
        (await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations"))
            .Where(u => u.ParentId == null).ShouldHaveSingleItem().Name.ShouldBe("欧风丽苑社区党支部");
    }

    [Fact]
    public async Task Pairings_wishes_and_errands_differ_from_community_to_community()
    {
        var care = new Dictionary<string, (HashSet<string> Needs, HashSet<string> Wishes, HashSet<string> Errands)>();
        foreach (var code in Communities)
        {
            var secretary = await platform.SecretaryOfAsync(code);
            care[code] = (
                (await secretary.GetJsonAsync<List<PairingDto>>("/api/party/pairings")).Select(p => p.Need).ToHashSet(),
                (await secretary.GetJsonAsync<List<MicroWishDto>>("/api/party/wishes")).Select(w => w.Wish).ToHashSet(),
                (await secretary.GetJsonAsync<List<ErrandDto>>("/api/party/errands")).Select(e => e.Matter).ToHashSet());
        }

        care.Values.SelectMany(c => c.Wishes).ShouldNotContain("冬天的棉被");
        care.Values.Select(c => c.Wishes.Count).Distinct().Count().ShouldBeGreaterThan(2);
        foreach (var (code, mine) in care)
        foreach (var (other, theirs) in care.Where(c => string.CompareOrdinal(c.Key, code) > 0))
        {
            mine.Wishes.Overlaps(theirs.Wishes).ShouldBeFalse($"{code} and {other} share a wish");
            mine.Errands.SetEquals(theirs.Errands).ShouldBeFalse($"{code} and {other} run the same errands");
            mine.Needs.SetEquals(theirs.Needs).ShouldBeFalse($"{code} and {other} pair for the same needs");
        }

        // 欧风丽苑's 情暖欧风关爱小组 (003) and 五一街's one-to-one pairs (004) in their own words.
        care["oufengliyuan"].Needs.ShouldContain(n => n.Contains("情暖欧风"));
        care["wuyijie"].Needs.ShouldAllBe(n => n.Contains("一对一"));
    }
}
