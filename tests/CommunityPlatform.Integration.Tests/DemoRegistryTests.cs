using CommunityPlatform.Application;
using CommunityPlatform.Residents;
using CommunityPlatform.Residents.Domain;

namespace CommunityPlatform.Integration.Tests;

// Why: the demo registry called men 马艳 and 何丽, made a child born in 2024 a household head, gave every community
// the ID numbers of a district of Huainan (340402) — 塔城路 in Yining too — and seated 塔城路's 13 ethnic groups as 70 %
// Han in six. These tests read the registry of a freshly seeded host (its own, so no other test's residents count) as
// the community's secretary does, and hold it to the reports.

/// <summary>The demo registry looks like the communities of the reports.</summary>
public sealed class DemoRegistryTests(DemoRegistryTests.Demo demo) : IClassFixture<DemoRegistryTests.Demo>
{
    /// <summary>A host of its own, seeded and only read.</summary>
    public sealed class Demo : PlatformFixture<Program>
    {
        private readonly Dictionary<string, List<ResidentDto>> registries = [];

        /// <summary>Every resident of <paramref name="code"/>'s registry, page by page as the secretary reads it.</summary>
        public async Task<List<ResidentDto>> RegistryOfAsync(string code)
        {
            if (registries.TryGetValue(code, out var known)) return known;
            var secretary = await SecretaryOfAsync(code);
            var all = new List<ResidentDto>();
            for (var page = 1; ; page++)
            {
                var batch = await secretary.GetJsonAsync<Paged<ResidentDto>>($"/api/residents/people?pageSize=100&page={page}");
                all.AddRange(batch.Items);
                if (batch.Items.Count == 0 || all.Count >= batch.Total) break;
            }

            return registries[code] = all;
        }
    }

    public static readonly TheoryData<string, string> Districts = new()
    {
        { "xincun", "340403" }, { "chonghua", "620402" }, { "tachenglu", "654002" }, { "oufengliyuan", "320507" }, { "wuyijie", "620402" },
    };

    // Characters no parent gives a son (丽, 艳, 秀 …) or a daughter (强, 军, 刚 …): enough to catch a name of the other gender.
    private const string OnlyWomen = "芳娜敏静丽艳娟秀兰燕梅婷倩雪琳怡涵琪萱瑶雯珍凤琴萍";
    private const string OnlyMen = "伟强磊军勇杰涛刚斌鹏浩豪轩博德卫";

    [Theory]
    [MemberData(nameof(Districts))]
    public async Task Given_names_agree_with_gender_and_every_household_head_is_grown_up(string code, string district)
    {
        _ = district;
        var registry = await demo.RegistryOfAsync(code);
        var today = TimeProvider.System.Today();
        registry.Count.ShouldBeGreaterThan(300);

        var wrong = registry.Where(r => r.Name.Length > 1 && !r.Name.Contains('·')
                && (r.Gender == Gender.Male && r.Name[1..].Any(OnlyWomen.Contains) || r.Gender == Gender.Female && r.Name[1..].Any(OnlyMen.Contains)))
            .Select(r => $"{r.Name} ({r.Gender})").ToList();
        wrong.ShouldBeEmpty();

        var youngHeads = registry.Where(r => r.RelationToHead == RelationToHead.Head && r.BirthDate > today.AddYears(-18))
            .Select(r => $"{r.Name} {r.BirthDate}").ToList();
        youngHeads.ShouldBeEmpty();
        registry.ShouldAllBe(r => r.BirthDate <= today);
    }

    [Theory]
    [MemberData(nameof(Districts))]
    public async Task ID_numbers_begin_mostly_with_the_communitys_district_code_and_carry_a_valid_check_character(string code, string district)
    {
        var registry = await demo.RegistryOfAsync(code);
        var prefixes = registry.GroupBy(r => r.IdNumber![..6]).OrderByDescending(g => g.Count()).ToList();
        var local = registry.Count(r => r.IdNumber!.StartsWith(district, StringComparison.Ordinal));

        if (code == "oufengliyuan")
        {
            // 1,308 registered among 10,358 residents: most of 欧风丽苑's people came from elsewhere.
            var registeredShare = registry.Count(r => r.ResidenceType == ResidenceType.Registered) / (double)registry.Count;
            registeredShare.ShouldBeInRange(0.08, 0.18);
            (local / (double)registry.Count).ShouldBeLessThan(0.25);
        }
        else
        {
            prefixes[0].Key.ShouldBe(district);
            (local / (double)registry.Count).ShouldBeGreaterThan(0.5);
        }

        prefixes.Count.ShouldBeGreaterThan(2, "some residents come from elsewhere");
        // The whole number, as the secretary may ask for it (audited), passes the kernel's checks.
        var secretary = await demo.SecretaryOfAsync(code);
        foreach (var resident in registry.Where((_, i) => i % 97 == 0))
        {
            var whole = (await secretary.GetJsonAsync<ResidentIdNumberDto>($"/api/residents/people/{resident.Id}/id-number")).IdNumber;
            IdNumber.TryParse(whole, out var parsed, out var problem).ShouldBeTrue(problem);
            parsed.Gender.ShouldBe(resident.Gender!.Value);
            parsed.BirthDate.ShouldBe(resident.BirthDate!.Value);
        }
    }

    [Fact]
    public async Task Tachenglus_registry_holds_its_thirteen_groups_in_the_reports_proportions_and_its_counted_people()
    {
        var registry = await demo.RegistryOfAsync("tachenglu");
        var groups = registry.GroupBy(r => r.Ethnicity).ToDictionary(g => g.Key!, g => g.Count() / (double)registry.Count);
        groups.Count.ShouldBe(13);
        // 汉 2,590, 哈萨克 1,530, 维吾尔 1,134 and 605 of ten other groups among 5,859 people.
        groups["01"].ShouldBeInRange(2590 / 5859.0 - 0.05, 2590 / 5859.0 + 0.05);
        groups["17"].ShouldBeInRange(1530 / 5859.0 - 0.05, 1530 / 5859.0 + 0.05);
        groups["05"].ShouldBeInRange(1134 / 5859.0 - 0.05, 1134 / 5859.0 + 0.05);

        // The report's counts the registry holds exactly: 68 mobile people, 2 key persons, 234 低保 households of 511 people, 225 rented homes.
        registry.Count(r => r.ResidenceType == ResidenceType.Mobile).ShouldBe(68);
        registry.Count(r => r.Tags.Contains(ResidentTag.KeyPerson)).ShouldBe(2);
        registry.Count(r => r.Tags.Contains(ResidentTag.LowIncome)).ShouldBe(511);
        var secretary = await demo.SecretaryOfAsync("tachenglu");
        (await secretary.GetJsonAsync<Paged<HouseholdDto>>("/api/residents/households?tag=lowIncome&pageSize=1")).Total.ShouldBe(234);
        var households = new List<HouseholdDto>();
        for (var page = 1; ; page++)
        {
            var batch = await secretary.GetJsonAsync<Paged<HouseholdDto>>($"/api/residents/households?pageSize=100&page={page}");
            households.AddRange(batch.Items);
            if (batch.Items.Count == 0 || households.Count >= batch.Total) break;
        }

        households.Count(h => h.Tenure == Tenure.Rented).ShouldBe(225);
    }
}
