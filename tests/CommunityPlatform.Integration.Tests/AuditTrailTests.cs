using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests;

[Collection(PlatformCollection.Name)]
public sealed class AuditTrailTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_write_is_recorded_with_who_when_and_the_fields_it_changed_sensitive_ones_masked()
    {
        var secretary = await platform.SecretaryOfAsync("oufengliyuan");
        var id = TestIds.Next();
        var resident = await secretary.PostOkAsync("/api/residents/people", new { name = "审计甲", idNumber = id, phone = "13800138000" });
        await secretary.PutAsJsonAsync($"/api/residents/people/{resident.Id()}", new { name = "审计乙", idNumber = id, phone = "13800138000", concurrencyStamp = resident.Str("concurrencyStamp") });

        var trail = (await secretary.GetJsonAsync($"/api/platform/audit?subject=Resident&entityId={resident.Id()}"))["items"]!.AsArray();

        trail.Select(e => e!.Str("action")).ShouldBe(["Updated", "Created"]);
        trail.All(e => e!.Str("accountName") == "oufengliyuan-secretary").ShouldBeTrue();
        var update = JsonNode.Parse(trail[0]!.Str("detail"))!;
        update["Name"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(["审计甲", "审计乙"]);
        var created = trail[1]!.Str("detail");
        created.ShouldNotContain(id);
        created.ShouldNotContain("13800138000");
        created.ShouldContain($"{id[..6]}********{id[^4..]}");
    }

    [Fact]
    public async Task Sign_ins_switches_and_grants_are_recorded()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync(code);
        await admin.PutAsync($"/api/platform/communities/{code}/modules/PartyOrganization", null);
        var userName = "audit" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "residents-staff" } });
        await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName, password = "Wrong#2026x" });
        (await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName, password = PlatformFactory.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var trail = (await admin.GetJsonAsync("/api/platform/audit?pageSize=100"))["items"]!.AsArray().Select(e => (Action: e!.Str("action"), Subject: e!.Str("subject"))).ToList();

        trail.ShouldContain(("Created", "ModuleSwitch"));
        trail.ShouldContain(("Created", "RoleGrant"));

        var signIns = (await (await platform.AdminAsync()).GetJsonAsync($"/api/platform/audit?subject={userName}&pageSize=10"))["items"]!.AsArray();
        signIns.Select(e => e!.Str("action")).ShouldBe(["Account.SignedIn", "Account.SignInFailed"]);
    }

    [Fact]
    public async Task Seeding_is_recorded_as_the_system_and_each_community_sees_only_its_own_trail()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");

        var seeded = (await secretary.GetJsonAsync("/api/platform/audit?subject=Seeded&pageSize=100"))["items"]!.AsArray();
        var all = (await secretary.GetJsonAsync("/api/platform/audit?pageSize=100"))["items"]!.AsArray();

        var community = (await secretary.GetJsonAsync("/api/account/me"))["currentCommunity"]!.Id();
        all.ShouldNotBeEmpty();
        all.ShouldAllBe(e => e!["communityId"] != null && e["communityId"]!.GetValue<string>() == community);
        seeded.ShouldNotBeEmpty();
        seeded.All(e => e!.Str("accountName") == "system").ShouldBeTrue();
    }

    [Fact]
    public async Task The_trail_cannot_be_changed_or_deleted_through_the_API()
    {
        var admin = await platform.AdminAsync("xincun");
        var entry = (await admin.GetJsonAsync("/api/platform/audit?pageSize=1"))["items"]![0]!;

        (await admin.DeleteAsync($"/api/platform/audit/{entry.Id()}")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        (await admin.PutAsJsonAsync($"/api/platform/audit/{entry.Id()}", new { detail = "x" })).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        (await admin.DeleteAsync("/api/platform/audit")).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
