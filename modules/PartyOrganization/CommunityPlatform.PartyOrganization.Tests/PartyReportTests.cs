using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.PartyOrganization.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PartyReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task Xincuns_figures_come_from_its_records()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");

        var members = await secretary.GetJsonAsync("/api/party/reports/members");
        members["total"]!.GetValue<int>().ShouldBe(205);
        Count(members["byCategory"]!, "Retired").ShouldBe(193);
        members["byUnit"]!.AsArray().Count(u => u!.Str("label").Contains("党支部")).ShouldBe(6);

        var pledges = await secretary.GetJsonAsync("/api/party/reports/pledges");
        Rate(pledges["organizations"]!).ShouldBe((62, 62, 100.0m));
        Rate(pledges["members"]!).ShouldBe((546, 569, 96.0m));

        (await secretary.GetJsonAsync("/api/party/members?pageSize=1"))["total"]!.GetValue<int>().ShouldBe(205);
        (await secretary.GetJsonAsync("/api/party/organizations")).AsArray().Count(u => u!.Str("kind") == "branch").ShouldBe(6);
    }

    [Fact]
    public async Task The_other_reports_figures_are_seeded_too()
    {
        var oufeng = await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync("/api/party/reports/members");
        (oufeng["total"]!.GetValue<int>(), Count(oufeng["byCategory"]!, "InService")).ShouldBe((230, 179));
        var liaisons = await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync("/api/party/liaisons");
        liaisons.AsArray().Count.ShouldBe(30);

        var wuyijie = await platform.SecretaryOfAsync("wuyijie");
        var wuyiMembers = await wuyijie.GetJsonAsync("/api/party/reports/members");
        (wuyiMembers["total"]!.GetValue<int>(), Count(wuyiMembers["byCategory"]!, "InService")).ShouldBe((202, 183));
        var committee = (await wuyijie.GetJsonAsync("/api/party/organizations")).AsArray().Single(u => u!.Str("kind") == "committee")!;
        (await wuyijie.GetJsonAsync($"/api/party/organizations/{committee.Id()}/seats")).AsArray().Count.ShouldBe(5);

        var chonghua = await (await platform.SecretaryOfAsync("chonghua")).GetJsonAsync("/api/party/reports/members");
        (chonghua["total"]!.GetValue<int>(), Count(chonghua["byCategory"]!, "InService"), Count(chonghua["byCategory"]!, "Mobile")).ShouldBe((11, 6, 5));
    }

    [Fact]
    public async Task Every_report_answers_with_its_defaults()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        foreach (var report in new[] { "members", "pledges", "meetings", "report-in", "dues" })
            (await secretary.GetJsonAsync($"/api/party/reports/{report}")).Str("scope").ShouldBe("community");
        await (await secretary.GetAsync("/api/party/reports/meetings?quarter=5")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Fact]
    public async Task A_street_sees_its_communities_summed_and_a_community_account_may_not()
    {
        var admin = await platform.AdminAsync();
        var district = (await admin.GetJsonAsync("/api/platform/districts")).AsArray().First()!;
        var streetCode = "s" + Guid.NewGuid().ToString("N")[..8];
        var street = await admin.PostOkAsync("/api/platform/streets", new { code = streetCode, name = "测试街道", districtId = district.Id() });
        var scenes = new List<PartyScene>();
        foreach (var members in new[] { 1, 2 })
        {
            var code = "t" + Guid.NewGuid().ToString("N")[..10];
            (await admin.PostAsJsonAsync("/api/platform/communities", new { code, name = $"街道社区{code}", streetId = street.Id(), modules = new[] { "PartyOrganization" } })).EnsureSuccessStatusCode();
            var communityAdmin = await platform.AdminAsync(code);
            var branch = await communityAdmin.PostOkAsync("/api/party/organizations", new { name = "社区党支部", kind = "branch" });
            var scene = new PartyScene(communityAdmin, code, branch);
            for (var i = 0; i < members; i++) await scene.MemberAsync($"党员{i}");
            scenes.Add(scene);
        }

        var userName = "st" + Guid.NewGuid().ToString("N")[..10];
        (await admin.PostAsJsonAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, kind = "street", streetId = street.Id() })).EnsureSuccessStatusCode();
        var supervisor = await platform.SignInAsync(userName, community: scenes[0].Code);

        var summed = await supervisor.GetJsonAsync("/api/party/reports/members?scope=street");
        (summed["communities"]!.GetValue<int>(), summed["total"]!.GetValue<int>()).ShouldBe((2, 3));
        (await supervisor.GetJsonAsync("/api/party/reports/members"))["total"]!.GetValue<int>().ShouldBe(1);
        var resident = await scenes[0].ResidentAsync();
        await (await supervisor.PostAsJsonAsync("/api/party/members", new { residentId = resident.Id(), unitId = scenes[0].Branch.Id(), joinedOn = "2000-01-01", status = "probationary", category = "retired" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.ReadOnly");
        await (await supervisor.GetAsync("/api/party/reports/members?scope=city")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Report.ScopeForbidden");

        var secretary = await platform.SecretaryOfAsync("xincun");
        await (await secretary.GetAsync("/api/party/reports/pledges?scope=street")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Report.ScopeForbidden");
        (await (await platform.AdminAsync("xincun")).GetJsonAsync("/api/party/reports/members?scope=city"))["total"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(205 + 230 + 202 + 11 + 72);
    }

    private static int Count(JsonNode lines, string key) => lines.AsArray().Single(l => l!.Str("key") == key)!["count"]!.GetValue<int>();

    private static (int, int, decimal) Rate(JsonNode rate) => (rate["count"]!.GetValue<int>(), rate["of"]!.GetValue<int>(), rate["percent"]!.GetValue<decimal>());
}
