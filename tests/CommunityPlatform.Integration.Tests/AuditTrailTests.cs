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

    // Why: the audit page showed an event's steps as raw JSON ("ByAccountId":null …) and its kind and state as numbers.
    [Fact]
    public async Task The_audit_page_reads_an_events_fields_and_steps_as_words_in_the_readers_language()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var grid = (await secretary.GetJsonAsync("/api/grid/grids?level=buildingGroup")).AsArray()[0]!;
        var reported = await secretary.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "sanitation", title = "审计页测试：楼道堆放杂物" });
        await secretary.PostOkAsync($"/api/grid/events/{reported.Id()}/steps",
            new { action = "accept", note = "已受理", concurrencyStamp = reported.Str("concurrencyStamp") }, HttpStatusCode.OK);

        var console = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        var page = System.Net.WebUtility.HtmlDecode(await console.PageAsync("/platform/audit?subject=GridEvent"));
        // Newest first: the accepting step's change, then the event made, down to its title.
        var trail = page[page.IndexOf("class=\"audit\"", StringComparison.Ordinal)..];
        trail = trail[..(trail.IndexOf("审计页测试", StringComparison.Ordinal) + 100)];
        trail.ShouldContain("处理步骤");
        trail.ShouldContain("受理");
        trail.ShouldContain("环境卫生");
        trail.ShouldContain("民情热线");
        trail.ShouldNotContain("null");
        trail.ShouldNotContain("\"Action\"");
        trail.ShouldNotContain("{");
    }
}
