using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Integration.Tests;

[Collection(PlatformCollection.Name)]
public sealed class AccountTests(PlatformFixture platform)
{
    [Fact]
    public async Task Signing_in_answers_a_bearer_token_with_its_expiry()
    {
        var response = await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName = "admin", password = PlatformFactory.Password });
        var token = await response.JsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        token.Str("accessToken").Split('.').Length.ShouldBe(3);
        DateTime.Parse(token.Str("expiresAt")).ShouldBeGreaterThan(DateTime.UtcNow);
    }

    [Fact]
    public async Task A_token_already_used_stops_working_when_its_password_changes_and_a_changed_token_never_works()
    {
        // Validated tokens are remembered until they expire (RememberedTokens): what changes during a token's hour must
        // still end it at once, and a token that differs by one character must be checked afresh, never matched.
        var secretary = await platform.SecretaryOfAsync("xincun");
        var userName = "tok" + Guid.NewGuid().ToString("N")[..8];
        await secretary.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "residents-staff" } });
        var token = (await (await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName, password = PlatformFactory.Password })).JsonAsync()).Str("accessToken");
        var client = platform.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        for (var i = 0; i < 3; i++) (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var forged = platform.Anonymous();
        var signature = token[(token.LastIndexOf('.') + 1)..];
        forged.DefaultRequestHeaders.Authorization = new("Bearer", token[..^signature.Length] + (signature[0] == 'A' ? 'B' : 'A') + signature[1..]);
        (await forged.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await client.PostAsJsonAsync("/api/account/password", new { currentPassword = PlatformFactory.Password, newPassword = "Mine#2026x" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
    }

    [Fact]
    public async Task A_wrong_password_is_401_and_repeated_failures_lock_the_account()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var userName = "lock" + Guid.NewGuid().ToString("N")[..8];
        await secretary.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "residents-staff" } });
        var anonymous = platform.Anonymous();

        await (await anonymous.PostAsJsonAsync("/api/account/token", new { userName, password = "Wrong@2026" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.InvalidCredentials");
        for (var i = 0; i < 4; i++) await anonymous.PostAsJsonAsync("/api/account/token", new { userName, password = "Wrong@2026" });

        // Locked: even the right password is refused, with the answer a wrong one gets (a lock-out must not tell that the name exists).
        await (await anonymous.PostAsJsonAsync("/api/account/token", new { userName, password = PlatformFactory.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.InvalidCredentials");
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        await (await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName = "nobody-here", password = "Wrong@2026" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.InvalidCredentials");
    }

    [Fact]
    public async Task A_secretary_creates_staff_resets_a_password_and_the_staff_must_change_it()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");
        var userName = "staff" + Guid.NewGuid().ToString("N")[..8];
        var account = await secretary.PostOkAsync("/api/identity/users", new { userName, displayName = "居民专干", password = PlatformFactory.Password, roles = new[] { "residents-staff" } });
        account["grants"]!.AsArray().Select(g => g!.Str("role")).ShouldBe(["residents-staff"]);

        (await secretary.PostAsJsonAsync($"/api/identity/users/{account.Id()}/password", new { newPassword = "Reset#2026" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var token = await (await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName, password = "Reset#2026" })).JsonAsync();
        token["mustChangePassword"]!.GetValue<bool>().ShouldBeTrue();
        var first = platform.Anonymous();
        first.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        (await first.PostAsJsonAsync("/api/account/password", new { currentPassword = "Reset#2026", newPassword = "Mine#2026x" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var staff = await platform.SignInAsync(userName, "Mine#2026x");
        (await staff.GetJsonAsync("/api/account/me"))["mustChangePassword"]!.GetValue<bool>().ShouldBeFalse();

        var me = await staff.GetJsonAsync("/api/account/me");
        me["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe(["Residents.Manage", "Residents.People.All", "Residents.View"], ignoreOrder: true);
        await (await staff.GetAsync("/api/party/organizations")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
    }

    [Fact]
    public async Task Passwords_need_eight_characters_of_three_kinds()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");

        var problem = await (await secretary.PostAsJsonAsync("/api/identity/users", new { userName = "weak" + Random.Shared.Next(1000, 9999), password = "abcdefgh" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account.WeakPassword");
        problem["errors"]!["password"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_secretary_manages_only_its_own_community_and_creates_no_city_accounts()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");

        await (await secretary.PostAsJsonAsync("/api/identity/users", new { userName = "boss" + Random.Shared.Next(1000, 9999), password = PlatformFactory.Password, kind = "city" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.KindNotAllowed");

        var listed = await secretary.GetJsonAsync("/api/identity/users?pageSize=100");
        listed["items"]!.AsArray().Select(a => a!.Str("userName")).ShouldNotContain("xincun-secretary");
        listed["items"]!.AsArray().Select(a => a!.Str("userName")).ShouldContain("chonghua-secretary");

        var xincunSecretary = (await (await platform.AdminAsync()).GetJsonAsync("/api/identity/users?search=xincun-secretary"))["items"]![0]!;
        (await secretary.PostAsJsonAsync($"/api/identity/users/{xincunSecretary.Id()}/password", new { newPassword = "Taken#2026" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Grants_give_an_account_a_community_and_the_roles_templates_are_listed()
    {
        var community = (await platform.NewCommunityAsync("PartyOrganization")).Str("code");
        var admin = await platform.AdminAsync(community);
        var userName = "multi" + Guid.NewGuid().ToString("N")[..8];
        var account = await admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "party-staff" } });

        var xincunAdmin = await platform.AdminAsync("xincun");
        (await xincunAdmin.PutAsJsonAsync($"/api/identity/users/{account.Id()}/roles", new { roles = new[] { "residents-staff" } })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var worker = await platform.SignInAsync(userName);
        var me = await worker.GetJsonAsync("/api/account/me");
        me["communities"]!.AsArray().Select(c => c!.Str("code")).ShouldBe([community, "xincun"], ignoreOrder: true);
        await (await worker.GetAsync("/api/party/organizations")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Community.Required");

        var roles = (await admin.GetJsonAsync("/api/identity/roles")).AsArray().Select(r => r!.Str("name")).ToList();
        roles.ShouldContain("secretary");
        roles.ShouldContain("grid-worker");
        // The street's template is held by street accounts, never granted in a community.
        roles.ShouldNotContain("street-readonly");
        (await (await platform.AdminAsync()).GetJsonAsync("/api/identity/roles")).AsArray().Select(r => r!.Str("name")).ShouldContain("street-readonly");

        var grants = (await admin.GetJsonAsync("/api/identity/grants")).AsArray();
        grants.Single(g => g!.Str("userName") == userName)!["grants"]!.AsArray().Select(g => g!.Str("role")).ShouldBe(["party-staff"]);
    }

    [Fact]
    public async Task A_community_role_with_chosen_permissions_can_be_granted()
    {
        var secretary = await platform.SecretaryOfAsync("tachenglu");
        var name = "reader" + Random.Shared.Next(1000, 9999);
        await secretary.PostOkAsync("/api/identity/roles", new { name, title = "只读人员", permissions = new[] { "Residents.View" } });

        var reader = await platform.NewAccountAsync("tachenglu", name);

        (await reader.GetAsync("/api/residents/buildings")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await reader.PostAsJsonAsync("/api/residents/buildings", new { number = "R1" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await secretary.PostAsJsonAsync("/api/identity/roles", new { name = "bad" + name, title = "坏", permissions = new[] { "Nope.Nothing" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Permission.Unknown");
    }
}
