using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Identity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// The tenant and privilege boundary at the account layer, as an attacker tried it: a secretary of one community must
/// not reach another community's accounts, nor give itself a street's or the city's powers. Victims are fresh accounts,
/// so a regression here cannot break the demo accounts other tests use.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class AccountBoundaryTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_secretary_cannot_grant_reset_disable_rename_or_read_an_account_of_another_community()
    {
        var victim = await NewAccountAsync("chonghua", "secretary");
        var attacker = await platform.SecretaryOfAsync("xincun");

        await (await attacker.PutAsJsonAsync($"/api/identity/users/{victim.Id}/roles", new { roles = new[] { "secretary" } }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        await (await attacker.PostAsJsonAsync($"/api/identity/users/{victim.Id}/password", new { newPassword = "Taken#2026x" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        await (await attacker.PutAsJsonAsync($"/api/identity/users/{victim.Id}", new { displayName = "被接管", isActive = false, concurrencyStamp = victim.Stamp }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        await (await attacker.GetAsync($"/api/identity/users/{victim.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        (await attacker.GetJsonAsync($"/api/identity/users?search={victim.UserName}"))["total"]!.GetValue<int>().ShouldBe(0);

        // The victim is untouched: its password, its grants and its work in its own community.
        var own = await platform.SignInAsync(victim.UserName);
        (await own.GetAsync("/api/residents/people?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await own.GetJsonAsync("/api/account/me");
        me["communities"]!.AsArray().Select(c => c!.Str("code")).ShouldBe(["chonghua"]);
    }

    [Fact]
    public async Task An_account_with_grants_in_two_communities_is_the_city_administrators_alone()
    {
        var shared = await NewAccountAsync("chonghua", "residents-staff");
        (await (await platform.AdminAsync("wuyijie")).PutAsJsonAsync($"/api/identity/users/{shared.Id}/roles", new { roles = new[] { "residents-staff" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        foreach (var code in new[] { "chonghua", "wuyijie" })
        {
            var secretary = await platform.SecretaryOfAsync(code);
            await (await secretary.PostAsJsonAsync($"/api/identity/users/{shared.Id}/password", new { newPassword = "Taken#2026x" }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
            await (await secretary.PutAsJsonAsync($"/api/identity/users/{shared.Id}/roles", new { roles = Array.Empty<string>() }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        }

        // Its own community still manages an account that belongs to it wholly.
        var staff = await NewAccountAsync("chonghua", "residents-staff");
        (await (await platform.SecretaryOfAsync("chonghua")).PutAsJsonAsync($"/api/identity/users/{staff.Id}/roles", new { roles = new[] { "party-staff" } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_community_role_cannot_hold_a_platform_permission_and_a_secretary_gains_no_city_power()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var name = "city-ops" + Random.Shared.Next(1000, 9999);
        var problem = await (await secretary.PostAsJsonAsync("/api/identity/roles",
                new { name, title = "城市运维", permissions = new[] { "Platform.Communities.Manage", "Platform.Modules.Manage", "Platform.Events.Manage" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Role.PermissionNotAllowed");
        problem["errors"]!["permissions"].ShouldNotBeNull();
        (await secretary.GetJsonAsync("/api/identity/roles")).AsArray().Select(r => r!.Str("name")).ShouldNotContain(name);

        var tiers = (await secretary.GetJsonAsync("/api/identity/permissions")).AsArray().ToDictionary(p => p!.Str("name"), p => p!.Str("tier"));
        tiers["Platform.Communities.Manage"].ShouldBe("platform");
        tiers["Residents.View"].ShouldBe("community");
    }

    [Fact]
    public async Task A_role_holding_platform_permissions_from_before_the_tiers_gives_nothing_above_the_community()
    {
        // Written straight into the store, as a role saved before permissions had tiers would be.
        var community = (await platform.NewCommunityAsync()).Str("code");
        var communityId = (await (await platform.AdminAsync()).GetJsonAsync($"/api/platform/communities/{community}")).Id();
        var name = "legacy-ops" + Random.Shared.Next(1000, 9999);
        using (var scope = platform.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            db.CommunityRoles.Add(new CommunityRole(Guid.Parse(communityId), name, "旧角色", ["Platform.Communities.Manage", "Platform.Modules.Manage", "Platform.Events.Manage", "Residents.View"]));
            await db.SaveChangesAsync();
        }

        var holder = await platform.NewAccountAsync(community, name);

        var permissions = (await holder.GetJsonAsync("/api/account/me"))["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        permissions.ShouldBe(["Residents.View"]);
        await (await holder.PostAsJsonAsync("/api/platform/districts", new { code = "d" + Random.Shared.Next(1000, 9999), name = "冒充区" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await holder.GetAsync("/api/platform/events/parked")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await holder.PutAsync($"/api/platform/communities/{community}/modules/GridManagement", null))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
    }

    [Fact]
    public async Task A_communitys_own_role_belongs_to_it_and_the_street_template_is_never_granted_in_a_community()
    {
        var name = "own" + Random.Shared.Next(1000, 9999);
        await (await platform.SecretaryOfAsync("tachenglu")).PostOkAsync("/api/identity/roles", new { name, title = "自设角色", permissions = new[] { "Residents.View" } });
        var other = await platform.SecretaryOfAsync("oufengliyuan");

        (await other.GetJsonAsync("/api/identity/roles")).AsArray().Select(r => r!.Str("name")).ShouldNotContain(name);
        await (await other.PostAsJsonAsync("/api/identity/users", new { userName = "x" + Guid.NewGuid().ToString("N")[..10], password = PlatformFactory.Password, roles = new[] { name } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Role.Unknown");
        await (await other.PostAsJsonAsync("/api/identity/users", new { userName = "x" + Guid.NewGuid().ToString("N")[..10], password = PlatformFactory.Password, roles = new[] { "street-readonly" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Role.Unknown");
    }

    [Fact]
    public async Task Only_the_city_administrator_gives_a_community_its_own_database()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var holder = await platform.NewAccountAsync(code, "secretary");

        await (await holder.PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString = OwnDatabase.For(platform.Factory, code) }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
    }

    [Fact]
    public async Task A_database_outside_the_data_folder_or_on_another_server_is_refused_before_anything_is_made()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync();
        var outside = Path.Combine(Path.GetTempPath(), "cp-outside-" + Guid.NewGuid().ToString("N")[..8], "evil.db");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        try
        {
            string[] refused = platform.Factory.OnMySql
                ? [$"{PlatformFactory.MySqlServer};Port=1;Database=cp_elsewhere_{code}", $"{PlatformFactory.MySqlServer};Database=cp_test_{platform.Factory.DataFolder.Split(Path.DirectorySeparatorChar)[^1]}"]
                : [$"Data Source={outside}", $"Data Source=relative-{code}.db", $"Data Source={Path.Combine(platform.Factory.DataFolder, "platform.db")}", $"Data Source={Path.Combine(platform.Factory.DataFolder, "..", "up-" + code + ".db")}"];
            foreach (var connectionString in refused)
            {
                var problem = await (await admin.PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString }))
                    .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Community.DatabaseNotAllowed");
                problem["errors"]!["connectionString"].ShouldNotBeNull(connectionString);
            }

            File.Exists(outside).ShouldBeFalse("the refused file was created");
            File.Exists(Path.Combine(platform.Factory.DataFolder, "..", "up-" + code + ".db")).ShouldBeFalse();
            (await admin.GetJsonAsync($"/api/platform/communities/{code}"))["hasOwnDatabase"]!.GetValue<bool>().ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(outside)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_token_dies_with_a_password_change_a_reset_a_disable_or_new_grants()
    {
        var secretary = await platform.SecretaryOfAsync("tachenglu");

        var changing = await NewAccountAsync("tachenglu", "residents-staff");
        var before = await BearerAsync(changing.UserName);
        (await before.PostAsJsonAsync("/api/account/password", new { currentPassword = PlatformFactory.Password, newPassword = "Changed#2026" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await before.GetAsync("/api/residents/people?pageSize=1")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
        (await (await BearerAsync(changing.UserName, "Changed#2026")).GetAsync("/api/residents/people?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reset = await NewAccountAsync("tachenglu", "residents-staff");
        var held = await BearerAsync(reset.UserName);
        (await secretary.PostAsJsonAsync($"/api/identity/users/{reset.Id}/password", new { newPassword = "Reset#2026x" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await held.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");

        var disabled = await NewAccountAsync("tachenglu", "residents-staff");
        var kept = await BearerAsync(disabled.UserName);
        (await secretary.PutAsJsonAsync($"/api/identity/users/{disabled.Id}", new { isActive = false, concurrencyStamp = disabled.Stamp })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await kept.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");

        var regranted = await NewAccountAsync("tachenglu", "residents-staff");
        var old = await BearerAsync(regranted.UserName);
        (await secretary.PutAsJsonAsync($"/api/identity/users/{regranted.Id}/roles", new { roles = new[] { "party-staff" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await old.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
    }

    [Fact]
    public async Task A_console_session_ends_when_the_password_changes_elsewhere()
    {
        var account = await NewAccountAsync("tachenglu", "residents-staff");
        var console = await ConsoleSession.SignInAsync(platform.Factory, account.UserName);
        await console.PageAsync("/residents/people");

        (await (await BearerAsync(account.UserName)).PostAsJsonAsync("/api/account/password", new { currentPassword = PlatformFactory.Password, newPassword = "Elsewhere#26" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refused = await console.Client.GetAsync("/residents/people");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.AbsolutePath.ShouldBe("/account/signin");
    }

    [Fact]
    public async Task Until_the_password_is_changed_the_api_serves_only_me_and_the_password()
    {
        var account = await NewAccountAsync("tachenglu", "residents-staff", changePassword: false);
        var token = await (await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName = account.UserName, password = PlatformFactory.Password })).JsonAsync();
        token["mustChangePassword"]!.GetValue<bool>().ShouldBeTrue();
        var client = platform.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Str("accessToken"));

        await (await client.GetAsync("/api/residents/people")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.MustChangePassword");
        await (await client.PostAsJsonAsync("/api/residents/buildings", new { number = "M1" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.MustChangePassword");
        (await client.GetJsonAsync("/api/account/me"))["mustChangePassword"]!.GetValue<bool>().ShouldBeTrue();
        (await client.PostAsJsonAsync("/api/account/password", new { currentPassword = PlatformFactory.Password, newPassword = "Chosen#2026" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await BearerAsync(account.UserName, "Chosen#2026")).GetAsync("/api/residents/people?pageSize=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_names_wrong_passwords_and_locked_accounts_get_the_same_answer()
    {
        var account = await NewAccountAsync("oufengliyuan", "residents-staff");
        var anonymous = platform.Anonymous();
        async Task<JsonNode> TryAsync(string userName, string password) =>
            await (await anonymous.PostAsJsonAsync("/api/account/token", new { userName, password })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.InvalidCredentials");

        var unknown = await TryAsync("nobody" + Guid.NewGuid().ToString("N")[..8], "Wrong#2026x");
        var wrong = await TryAsync(account.UserName, "Wrong#2026x");
        for (var i = 0; i < 5; i++) await anonymous.PostAsJsonAsync("/api/account/token", new { account.UserName, password = "Wrong#2026x" });
        var locked = await TryAsync(account.UserName, PlatformFactory.Password);

        // The same answer but for the request's own trace id.
        string Comparable(JsonNode answer) => string.Join("|", answer.AsObject().Where(p => p.Key != "traceId").Select(p => $"{p.Key}={p.Value?.ToJsonString()}"));
        Comparable(wrong).ShouldBe(Comparable(unknown));
        Comparable(locked).ShouldBe(Comparable(unknown));
    }

    [Fact]
    public async Task A_sign_in_of_an_unknown_name_verifies_a_password_as_a_known_one_does()
    {
        using var factory = new PlatformFactory<Program>();
        var counter = new CountingHasher();
        using var counted = factory.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.AddSingleton<Microsoft.AspNetCore.Identity.IPasswordHasher<Account>>(counter)));
        var client = counted.CreateClient();

        await client.PostAsJsonAsync("/api/account/token", new { userName = "nobody-" + Guid.NewGuid().ToString("N")[..6], password = "Wrong#2026x" });
        var forUnknown = counter.Verifications;
        await client.PostAsJsonAsync("/api/account/token", new { userName = "xincun-secretary", password = "Wrong#2026x" });
        var forKnown = counter.Verifications - forUnknown;

        forUnknown.ShouldBe(1);
        forKnown.ShouldBe(1);
    }

    [Fact]
    public async Task The_console_sign_in_is_limited_per_address_like_the_api()
    {
        using var factory = new PlatformFactory<Program>(new Dictionary<string, string?> { ["Platform:SignIn:PermitPerMinute"] = "3" });
        var console = ConsoleSession.Open(factory);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await console.SubmitAsync("/account/signin", new() { ["UserName"] = "nobody", ["Password"] = "Wrong#2026x" })).StatusCode);

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
        // Showing the form is not a guess: it still answers.
        (await console.Client.GetAsync("/account/signin")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private sealed record Created(string Id, string UserName, string Stamp);

    /// <summary>A fresh account of <paramref name="community"/>, made by its secretary; ready to use unless told otherwise.</summary>
    private async Task<Created> NewAccountAsync(string community, string role, bool changePassword = true)
    {
        var userName = "b" + Guid.NewGuid().ToString("N")[..11];
        var admin = await platform.AdminAsync(community);
        var account = await admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { role } });
        if (changePassword) await platform.Factory.TokenAsync(userName);
        var stamp = (await admin.GetJsonAsync($"/api/identity/users/{account.Id()}")).Str("concurrencyStamp");
        return new Created(account.Id(), userName, stamp);
    }

    /// <summary>A client with a token of its own (not the fixture's cached one), so that a test can watch it die.</summary>
    private async Task<HttpClient> BearerAsync(string userName, string password = PlatformFactory.Password)
    {
        var client = platform.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.Factory.TokenAsync(userName, password));
        return client;
    }

    private sealed class CountingHasher : Microsoft.AspNetCore.Identity.IPasswordHasher<Account>
    {
        private readonly Microsoft.AspNetCore.Identity.PasswordHasher<Account> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(Account user, string password) => inner.HashPassword(user, password);

        public Microsoft.AspNetCore.Identity.PasswordVerificationResult VerifyHashedPassword(Account user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
