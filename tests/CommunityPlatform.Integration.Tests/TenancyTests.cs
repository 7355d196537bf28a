using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Which community a request is for, and that nobody reaches another community's rows.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TenancyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_secretary_works_in_its_own_community_without_naming_it()
    {
        var me = await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync("/api/account/me");

        me["currentCommunity"]!.Str("code").ShouldBe("xincun");
        me["communities"]!.AsArray().Select(c => c!.Str("code")).ShouldBe(["xincun"]);
        me["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldContain("Residents.Manage");
    }

    [Fact]
    public async Task Naming_another_community_answers_403_and_an_unknown_one_404()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");

        secretary.DefaultRequestHeaders.Add("X-Community", "chonghua");
        await (await secretary.GetAsync("/api/residents/people")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Community.Forbidden");

        secretary.DefaultRequestHeaders.Remove("X-Community");
        secretary.DefaultRequestHeaders.Add("X-Community", "atlantis");
        await (await secretary.GetAsync("/api/residents/people")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Community.NotFound");
    }

    [Fact]
    public async Task An_account_that_sees_several_communities_must_choose_one()
    {
        var admin = await platform.AdminAsync();
        await (await admin.GetAsync("/api/residents/people")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Community.Required");

        var supervisor = await platform.SignInAsync("renminlu-supervisor");
        await (await supervisor.GetAsync("/api/residents/buildings")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Community.Required");
    }

    [Fact]
    public async Task A_community_may_be_named_by_id_as_well_as_by_code()
    {
        var chonghua = await (await platform.AdminAsync()).GetJsonAsync("/api/platform/communities/chonghua");
        var admin = await platform.AdminAsync(chonghua.Id());

        (await admin.GetJsonAsync("/api/residents/buildings")).AsArray().Count.ShouldBe(53);
    }

    [Fact]
    public async Task A_street_supervisor_reads_its_streets_communities_and_writes_nothing()
    {
        var chonghua = await platform.SignInAsync("renminlu-supervisor", community: "chonghua");
        (await chonghua.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        await (await chonghua.PostAsJsonAsync("/api/residents/buildings", new { number = "999" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.ReadOnly");

        var communities = await (await platform.SignInAsync("renminlu-supervisor")).GetJsonAsync("/api/platform/communities");
        communities["items"]!.AsArray().Select(c => c!.Str("code")).ShouldBe(["chonghua", "wuyijie"], ignoreOrder: true);

        var xincun = await platform.SignInAsync("renminlu-supervisor", community: "xincun");
        await (await xincun.GetAsync("/api/residents/people")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Community.Forbidden");
    }

    [Fact]
    public async Task A_street_supervisor_may_still_change_its_own_password()
    {
        var supervisor = await platform.SignInAsync("dongshan-supervisor");

        var changed = await supervisor.PostAsJsonAsync("/api/account/password", new { currentPassword = PlatformFactory.Password, newPassword = "Street#2026" });

        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName = "dongshan-supervisor", password = "Street#2026" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_communitys_records_are_not_found_whatever_id_is_sent()
    {
        var chonghua = await platform.SecretaryOfAsync("chonghua");
        var resident = (await chonghua.GetJsonAsync("/api/residents/people?pageSize=1"))["items"]![0]!;
        var household = (await chonghua.GetJsonAsync("/api/residents/households?pageSize=1"))["items"]![0]!;
        var building = (await chonghua.GetJsonAsync("/api/residents/buildings")).AsArray()[0]!;
        var unit = (await chonghua.GetJsonAsync("/api/party/organizations")).AsArray()[0]!;

        var xincun = await platform.SecretaryOfAsync("xincun");
        foreach (var url in new[]
                 {
                     $"/api/residents/people/{resident.Id()}", $"/api/residents/households/{household.Id()}",
                     $"/api/residents/buildings/{building.Id()}", $"/api/party/organizations/{unit.Id()}",
                 })
        {
            (await xincun.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }

        var update = await xincun.PutAsJsonAsync($"/api/residents/people/{resident.Id()}",
            new { name = "改名", concurrencyStamp = resident.Str("concurrencyStamp") });
        update.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await xincun.PutAsJsonAsync($"/api/residents/people/{resident.Id()}/status",
            new { status = "deceased", concurrencyStamp = resident.Str("concurrencyStamp") })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await xincun.DeleteAsync($"/api/party/organizations/{unit.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Pointing a new record of one's own at another community's rows fails too.
        await (await xincun.PostAsJsonAsync("/api/residents/people", new { name = "张三", householdId = household.Id() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Residents.HouseholdNotFound");
        await (await xincun.PostAsJsonAsync("/api/residents/households", new { address = "某地1号", buildingId = building.Id() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Residents.BuildingNotFound");
        await (await xincun.PostAsJsonAsync("/api/party/organizations", new { name = "第九党小组", kind = "group", parentId = unit.Id() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.UnitNotFound");
        await (await xincun.PostAsJsonAsync("/api/party/organizations", new { name = "第九党支部", kind = "branch", secretaryResidentId = resident.Id() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.SecretaryNotResident");

        var after = await chonghua.GetJsonAsync($"/api/residents/people/{resident.Id()}");
        after.Str("name").ShouldBe(resident.Str("name"));
        after.Str("status").ShouldBe("living");
    }

    [Fact]
    public async Task Searches_never_return_another_communitys_residents()
    {
        var chonghua = await platform.SecretaryOfAsync("chonghua");
        var idNumber = TestIds.Next();
        var resident = await chonghua.PostOkAsync("/api/residents/people", new { name = "隔离测试", idNumber, phone = TestIds.NextMobile() });
        var xincun = await platform.SecretaryOfAsync("xincun");

        // Answers carry the ID number masked: search by the number itself, which finds the resident in its own community.
        (await chonghua.GetJsonAsync($"/api/residents/people?idNumber={idNumber}"))["total"]!.GetValue<int>().ShouldBe(1);
        var byPhone = await xincun.GetJsonAsync($"/api/residents/people?phone={resident.Str("phone")}");
        var byId = await xincun.GetJsonAsync($"/api/residents/people?idNumber={idNumber}");
        var byName = await xincun.GetJsonAsync($"/api/residents/people?name={Uri.EscapeDataString(resident.Str("name"))}&pageSize=100");

        byId["total"]!.GetValue<int>().ShouldBe(0);
        byPhone["total"]!.GetValue<int>().ShouldBe(0);
        byName["items"]!.AsArray().Select(r => r!.Id()).ShouldNotContain(resident.Id());
    }
}
