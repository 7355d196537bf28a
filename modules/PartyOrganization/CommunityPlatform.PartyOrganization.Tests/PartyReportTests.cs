using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PartyReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task Xincuns_figures_come_from_its_records()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");

        var members = await secretary.GetJsonAsync<MemberReport>("/api/party/reports/members");
        members.Total.ShouldBe(205);
        Count(members.ByCategory, "Retired").ShouldBe(193);
        members.ByUnit.Count(u => u.Label.Contains("党支部")).ShouldBe(6);

        // The report's figures are of the term, the two years the demo's pledges span; by default a report takes twelve months.
        var pledges = await secretary.GetJsonAsync<PledgeReport>($"/api/party/reports/pledges?from={DateTime.UtcNow.AddHours(8).AddYears(-2):yyyy-MM-dd}");
        Figures(pledges.Organizations).ShouldBe((62, 62, 100.0m));
        Figures(pledges.Members).ShouldBe((546, 569, 96.0m));

        (await secretary.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members?pageSize=1")).Total.ShouldBe(205);
        (await secretary.GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations")).Count(u => u.Kind == UnitKind.Branch).ShouldBe(6);
    }

    [Fact]
    public async Task The_other_reports_figures_are_seeded_too()
    {
        var oufeng = await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync<MemberReport>("/api/party/reports/members");
        (oufeng.Total, Count(oufeng.ByCategory, "InService")).ShouldBe((230, 179));
        var liaisons = await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync<List<LiaisonDto>>("/api/party/liaisons");
        liaisons.Count.ShouldBe(30);

        var wuyijie = await platform.SecretaryOfAsync("wuyijie");
        var wuyiMembers = await wuyijie.GetJsonAsync<MemberReport>("/api/party/reports/members");
        (wuyiMembers.Total, Count(wuyiMembers.ByCategory, "InService")).ShouldBe((202, 183));
        var committee = (await wuyijie.GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations")).Single(u => u.Kind == UnitKind.Committee);
        (await wuyijie.GetJsonAsync<List<CommitteeSeatDto>>($"/api/party/organizations/{committee.Id}/seats")).Count.ShouldBe(5);

        var chonghua = await (await platform.SecretaryOfAsync("chonghua")).GetJsonAsync<MemberReport>("/api/party/reports/members");
        (chonghua.Total, Count(chonghua.ByCategory, "InService"), Count(chonghua.ByCategory, "Mobile")).ShouldBe((11, 6, 5));
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

        var summed = await supervisor.GetJsonAsync<MemberReport>("/api/party/reports/members?scope=street");
        (summed.Communities, summed.Total).ShouldBe((2, 3));
        (await supervisor.GetJsonAsync<MemberReport>("/api/party/reports/members")).Total.ShouldBe(1);
        var resident = await scenes[0].ResidentAsync();
        await (await supervisor.PostAsJsonAsync("/api/party/members", new { residentId = resident.Id(), unitId = scenes[0].Branch.Id(), joinedOn = "2000-01-01", status = "probationary", category = "retired" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.ReadOnly");
        await (await supervisor.GetAsync("/api/party/reports/members?scope=city")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Report.ScopeForbidden");

        var secretary = await platform.SecretaryOfAsync("xincun");
        await (await secretary.GetAsync("/api/party/reports/pledges?scope=street")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Report.ScopeForbidden");
        (await (await platform.AdminAsync("xincun")).GetJsonAsync<MemberReport>("/api/party/reports/members?scope=city")).Total.ShouldBeGreaterThanOrEqualTo(205 + 230 + 202 + 11 + 72);
    }

    private static int Count(IReadOnlyList<CountLine> lines, string key) => lines.Single(l => l.Key == key).Count;

    private static (int, int, decimal) Figures(Rate rate) => (rate.Count, rate.Of, rate.Percent);
}
