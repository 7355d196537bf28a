using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Integration.Tests;

[Collection(PlatformCollection.Name)]
public sealed class CommunityTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("xincun", "dongshan", null, null)]
    [InlineData("chonghua", "renminlu", 1037, 4000)]
    [InlineData("tachenglu", "jiefanglu", 1982, 5859)]
    [InlineData("oufengliyuan", "yuanhe", 3186, 10358)]
    [InlineData("wuyijie", "renminlu", 4324, 8000)]
    public async Task The_report_communities_carry_their_profile_facts(string code, string street, int? households, int? residents)
    {
        var admin = await platform.AdminAsync();
        var community = await admin.GetJsonAsync($"/api/platform/communities/{code}");
        var streets = (await admin.GetJsonAsync("/api/platform/streets")).AsArray();

        community.Str("streetId").ShouldBe(streets.Single(s => s!.Str("code") == street)!.Id());
        ((int?)community["profile"]!["households"]).ShouldBe(households);
        ((int?)community["profile"]!["residentPopulation"]).ShouldBe(residents);
    }

    [Fact]
    public async Task Tachenglu_counts_thirteen_ethnic_groups()
    {
        var community = await (await platform.AdminAsync()).GetJsonAsync("/api/platform/communities/tachenglu");

        community["profile"]!["ethnicGroups"]!.GetValue<int>().ShouldBe(13);
    }

    [Fact]
    public async Task The_city_administrator_creates_and_edits_a_community_and_codes_stay_unique()
    {
        var created = await platform.NewCommunityAsync();
        var admin = await platform.AdminAsync();

        await (await admin.PostAsJsonAsync("/api/platform/communities", new { code = created.Str("code"), name = "重复社区", streetId = created.Str("streetId") }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Community.CodeTaken");

        var edit = new { name = "改名社区", streetId = created.Str("streetId"), profile = new { households = 1200, honours = new[] { "文明社区" } }, concurrencyStamp = created.Str("concurrencyStamp") };
        var updated = await (await admin.PutAsJsonAsync($"/api/platform/communities/{created.Id()}", edit)).JsonAsync();
        updated.Str("name").ShouldBe("改名社区");
        updated["profile"]!["honours"]![0]!.GetValue<string>().ShouldBe("文明社区");

        await (await admin.PutAsJsonAsync($"/api/platform/communities/{created.Id()}", edit)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
    }

    [Fact]
    public async Task A_new_community_is_usable_at_once_through_its_code()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync(code);

        await admin.PostOkAsync("/api/residents/buildings", new { number = "1", units = 3, floors = 18 });

        (await admin.GetJsonAsync("/api/residents/buildings")).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Only_the_city_administrator_creates_communities()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var street = (await secretary.GetJsonAsync("/api/platform/streets")).AsArray()[0]!;

        await (await secretary.PostAsJsonAsync("/api/platform/communities", new { code = "sneaky", name = "偷建社区", streetId = street.Id() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await secretary.GetAsync("/api/platform/communities/chonghua")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Community.Forbidden");
    }

    [Fact]
    public async Task A_community_needs_an_existing_street_and_a_well_formed_code()
    {
        var admin = await platform.AdminAsync();

        await (await admin.PostAsJsonAsync("/api/platform/communities", new { code = "Bad Code", name = "某社区", streetId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        await (await admin.PostAsJsonAsync("/api/platform/communities", new { code = "nostreet" + Random.Shared.Next(100, 999), name = "某社区", streetId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Street.NotFound");
    }
}
