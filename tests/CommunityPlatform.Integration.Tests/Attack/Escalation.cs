using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityPlatform.Permissions;
using Xunit.Abstractions;

namespace CommunityPlatform.Integration.Tests.Attack;

// Why: a community account that can make roles or hand them out can try to hand itself the city's powers, or to
// reach an account of another community and take it over. Every account-changing operation of the document is tried
// by every community role with every platform- and street-tier permission, and the attacker must stay a community
// account: still refused on the platform's own endpoints afterwards.

public sealed partial class AttackSuite
{
    [Fact]
    [AttackPart(5)]
    public async Task No_community_role_gains_a_platform_or_street_permission_or_reaches_another_communitys_account()
    {
        var clock = Stopwatch.StartNew();
        var findings = new List<string>();
        var admin = fixture.Admin.Client();
        var home = await NewCommunityAsync();
        var victim = await fixture.NewAccountAsync(AttackFixture.B, $"{AttackFixture.B} account", "residents-staff");
        var tier = TierPermissions();
        output.WriteLine($"platform- and street-tier permissions: {string.Join(", ", tier)}");
        // Operations that make roles go first, so that the role they made is then granted.
        var accountWrites = fixture.Api.Operations.Where(o => !o.IsGet && o.Path.StartsWith("/api/identity/", StringComparison.Ordinal))
            .OrderBy(o => o.Body?.Properties.Any(p => p.Name == "permissions") == true ? 0 : 1).ToList();
        accountWrites.Count.ShouldBeGreaterThanOrEqualTo(4, "the document lists too few account-changing operations");
        var sent = 0;

        try
        {
            foreach (var template in fixture.Roles.Select(r => r!.Str("name")))
            {
                var attacker = await fixture.NewAccountAsync(home, $"{home} {template}", template);
                var client = attacker.Client();
                // A change to the attacker's own grants ends its token (the security stamp changes): sign in afresh, so
                // that what the change gave it is tried with the token it would have next.
                async Task<HttpClient> FreshAsync() => (await fixture.SignInAsync(attacker.UserName, AttackFixture.ChangedPassword, attacker.Label)).Client();
                var mayManage = (await client.GetJsonAsync("/api/account/me"))["permissions"]!.AsArray().Any(p => p!.GetValue<string>() == CommunityPlatform.Identity.IdentityPermissions.AccountsManage);
                foreach (var permission in tier)
                {
                    string? madeRole = null;
                    foreach (var operation in accountWrites)
                    await foreach (var attempt in Attempts(operation, attacker, template, permission, victim, () => madeRole))
                    {
                        var answer = await Attempt.SendAsync(client, operation.Method, attempt.Url, attempt.Body);
                        sent++;
                        var refusedAsItShould = attempt.Expect switch
                        {
                            Expect.Refused => answer.Status is >= 400 and < 500,
                            // Another community's account does not exist for this one; without the permission, 403 comes first.
                            _ => answer.Status == 404 || (!mayManage && answer.Status == 403 && answer.Code == "Permission.Denied"),
                        };
                        if (!refusedAsItShould)
                            findings.Add($"{operation.Name} as {attacker.Label} {attempt.What}: {answer.Status} {answer.Code} — must be {(attempt.Expect == Expect.Refused ? "refused" : "404")}; sent {attempt.Body?.ToJsonString()}");
                        if (answer.Succeeded && attempt.Body?["permissions"] is not null) madeRole = attempt.Body["name"]!.GetValue<string>();
                        var touchedItself = attempt.Url.Contains(attacker.Id.ToString(), StringComparison.OrdinalIgnoreCase);
                        if (answer.Succeeded && touchedItself) client = await FreshAsync();

                        // Whatever the attempt did, the attacker is still a community account — and so is an account it made.
                        sent += await CheckPlatformRefusesAsync(client, attacker.Label, $"after {operation.Name} {attempt.What}", home, findings);
                        if (answer.Succeeded && attempt.Url == operation.Path && attempt.Body?["userName"] is JsonValue made && attempt.Body["password"] is JsonValue password)
                        {
                            var child = await fixture.SignInAsync(made.GetValue<string>(), password.GetValue<string>(), $"the account made by {attacker.Label}");
                            sent += await CheckPlatformRefusesAsync(child.Client(), child.Label, $"({attempt.What})", home, findings);
                        }

                        // Undo what went through, so that the next attempt is judged on its own.
                        if (answer.Succeeded && attempt.Expect == Expect.NotFound) await RevokeAsync(admin, home, victim.Id, []);
                        if (answer.Succeeded && touchedItself)
                        {
                            await RevokeAsync(admin, home, attacker.Id, [template]);
                            client = await FreshAsync();
                        }
                    }

                    // Undo a self-grant that went through, so that the next permission is tried from the template alone.
                    await RevokeAsync(admin, home, attacker.Id, [template]);
                    client = await FreshAsync();
                }

                var fresh = await fixture.SignInAsync(attacker.UserName, AttackFixture.ChangedPassword, attacker.Label);
                sent += await CheckPlatformRefusesAsync(fresh.Client(), attacker.Label, "signed in afresh after every attempt", home, findings);
            }
        }
        finally
        {
            await fixture.EnableAllModulesAsync(AttackFixture.A, AttackFixture.B, home);
        }

        output.WriteLine($"escalation: {sent} requests by {fixture.Roles.Count} roles, {clock.Elapsed.TotalSeconds:F1} s");
        var distinct = findings.Distinct().ToList();
        distinct.Count.ShouldBe(0, $"{distinct.Count} escalations:\n" + string.Join("\n", distinct));
    }

    [Fact]
    [AttackPart(6)]
    public async Task A_secretary_gets_404_for_an_account_of_another_community()
    {
        var admin = fixture.Admin.Client();
        var target = (await admin.GetJsonAsync($"/api/identity/users?search={AttackFixture.B}-secretary"))["items"]!.AsArray()
            .Single(a => a!.Str("userName") == $"{AttackFixture.B}-secretary")!;
        var id = target.Id();
        var attacker = fixture.SecretaryOfA.Client();
        var findings = new List<string>();
        var resetWentThrough = false;

        async Task TryAsync(string when)
        {
            var stamp = (await admin.GetJsonAsync($"/api/identity/users/{id}")).Str("concurrencyStamp");
            var read = await Attempt.SendAsync(attacker, "GET", $"/api/identity/users/{id}");
            var update = await Attempt.SendAsync(attacker, "PUT", $"/api/identity/users/{id}", new JsonObject { ["displayName"] = "被接管", ["isActive"] = true, ["concurrencyStamp"] = stamp });
            var reset = await Attempt.SendAsync(attacker, "POST", $"/api/identity/users/{id}/password", new JsonObject { ["newPassword"] = PlatformFactory.Password });
            resetWentThrough |= reset.Succeeded;
            foreach (var answer in new[] { read, update, reset }.Where(a => a.Status != 404))
                findings.Add($"{answer.Method} {answer.Url} as {fixture.SecretaryOfA.Label} {when}: {answer.Status} {answer.Code} — must be 404");
        }

        try
        {
            await TryAsync("before any grant");
            var grant = await Attempt.SendAsync(attacker, "PUT", $"/api/identity/users/{id}/roles", new JsonObject { ["roles"] = new JsonArray("residents-staff") });
            if (grant.Status != 404) findings.Add($"PUT {grant.Url} as {fixture.SecretaryOfA.Label}: {grant.Status} {grant.Code} — must be 404; sent {{\"roles\":[\"residents-staff\"]}}");
            await TryAsync("after trying to grant it a role");
        }
        finally
        {
            await RevokeAsync(admin, AttackFixture.A, Guid.Parse(id), []);
            // A reset that went through left B's secretary having to change its password: change it, as B's secretary would.
            if (resetWentThrough) await fixture.SignInAsync($"{AttackFixture.B}-secretary", PlatformFactory.Password, $"{AttackFixture.B}-secretary");
        }

        findings.Count.ShouldBe(0, $"{findings.Count} ways to {AttackFixture.B}'s secretary:\n" + string.Join("\n", findings));
    }

    /// <summary>
    /// Permissions no community role may hold: those the catalogue puts above the community tier, the platform's
    /// (group Platform, module Communities) that the secretary template does not hold, and whatever the street template
    /// holds beyond every community template.
    /// </summary>
    private List<string> TierPermissions()
    {
        var templates = fixture.Roles.ToDictionary(r => r!.Str("name"), r => r!["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToHashSet());
        var community = templates.SelectMany(t => t.Value).ToHashSet();
        var street = fixture.StreetTemplate["permissions"]!.AsArray().Select(p => p!.GetValue<string>());
        var platform = fixture.Permissions.Where(p => p!.Str("group") == "Platform" || p!.Str("module") == "Communities").Select(p => p!.Str("name"));
        var aboveCommunity = fixture.Permissions.Where(p => p!.Str("tier") != "community").Select(p => p!.Str("name"));
        var tier = platform.Except(templates[RoleNames.Secretary])
            .Union(aboveCommunity)
            .Union(street.Except(community))
            .Order(StringComparer.Ordinal).ToList();
        tier.ShouldNotBeEmpty("no platform permission was found to attack with");
        return tier;
    }

    /// <summary>
    /// What one account-changing operation is tried with, read from its request schema: a role made of the tier
    /// permission, an account of a wider kind than the attacker's, the made role granted to itself, and any change to
    /// an account of another community (a plain template too).
    /// </summary>
    private async IAsyncEnumerable<Try> Attempts(ApiOperation operation, Actor attacker, string template, string permission, Actor victim, Func<string?> madeRole)
    {
        var body = operation.Body;
        if (body is null) yield break;
        var names = body.Properties.Select(p => p.Name).ToHashSet();
        var targeted = operation.PathParameters.Any(p => p.Name == "id");
        var stamps = new Dictionary<string, string>
        {
            [attacker.Id.ToString()] = await StampOfAsync(attacker.Id),
            [victim.Id.ToString()] = await StampOfAsync(victim.Id),
        };
        JsonObject Build(string? target)
        {
            var json = new RequestBodies(fixture.IdsOfA, operation.Path).Object(body);
            if (target is not null && names.Contains("concurrencyStamp")) json["concurrencyStamp"] = stamps[target];
            if (names.Contains("name") && body.Properties.First(p => p.Name == "name").Schema.Pattern is { } pattern)
                json["name"] = "esc-" + Guid.NewGuid().ToString("N")[..10];
            return json;
        }

        string Url(string? target) => target is null ? operation.Path : IdPool.Fill(operation.Path, _ => target)!;

        if (names.Contains("permissions") && !targeted)
        {
            var json = Build(null);
            json["permissions"] = new JsonArray(permission);
            yield return new Try(Url(null), json, Expect.Refused, $"making a role of {permission}");
        }

        if (names.Contains("kind") && !targeted && body.Properties.First(p => p.Name == "kind").Schema is { IsEnum: true } kinds)
            foreach (var kind in kinds.Enum.Where(k => k != attacker.Kind))
            {
                var json = Build(null);
                json["kind"] = kind;
                yield return new Try(Url(null), json, Expect.Refused, $"making a {kind} account");
            }

        if (names.Contains("roles"))
        {
            if (!targeted && madeRole() is { } made)
            {
                var json = Build(null);
                json["roles"] = new JsonArray(made);
                yield return new Try(Url(null), json, Expect.Refused, $"making an account with role {made} ({permission})");
            }

            if (targeted)
            {
                if (madeRole() is { } mine)
                {
                    var json = Build(attacker.Id.ToString());
                    json["roles"] = new JsonArray(template, mine);
                    yield return new Try(Url(attacker.Id.ToString()), json, Expect.Refused, $"granting itself role {mine} ({permission})");
                }

                foreach (var role in new[] { template, madeRole() }.OfType<string>())
                {
                    var json = Build(victim.Id.ToString());
                    json["roles"] = new JsonArray(role);
                    yield return new Try(Url(victim.Id.ToString()), json, Expect.NotFound, $"granting {role} to {AttackFixture.B}'s account");
                }
            }
        }
        else if (targeted)
        {
            yield return new Try(Url(victim.Id.ToString()), Build(victim.Id.ToString()), Expect.NotFound, $"on {AttackFixture.B}'s account");
        }
    }

    /// <summary>The account's current concurrency stamp, as the city administrator reads it: a refusal must not be a mere stale stamp.</summary>
    private async Task<string> StampOfAsync(Guid account) =>
        (await fixture.Admin.Client().GetJsonAsync($"/api/identity/users/{account}")).Str("concurrencyStamp");

    /// <summary>The platform's own operations — every write under /api/platform and the parked events — must answer 403.</summary>
    private async Task<int> CheckPlatformRefusesAsync(HttpClient client, string label, string when, string home, List<string> findings)
    {
        var sent = 0;
        foreach (var operation in fixture.Api.Operations.Where(o => o.Path.StartsWith("/api/platform/", StringComparison.Ordinal)
                                                                  && (!o.IsGet || o.Path.StartsWith("/api/platform/events/", StringComparison.Ordinal))))
        {
            // {community}: its own and another (only its own for the database: a move is not tried on B); {module}: a business module.
            string[] communities = !operation.Path.Contains("{community}", StringComparison.Ordinal) ? [""]
                : operation.Path.EndsWith("/database", StringComparison.Ordinal) ? [home] : [home, AttackFixture.B];
            foreach (var community in communities)
            {
                var url = IdPool.Fill(operation.Path, p => p switch
                {
                    "community" => community,
                    "module" => fixture.BusinessModules[0],
                    _ => Guid.CreateVersion7().ToString(),
                })!;
                var body = operation.HasJsonBody ? new RequestBodies(fixture.IdsOfA, operation.Path).Body(operation.Body!) : null;
                var answer = await Attempt.SendAsync(client, operation.Method, url, body);
                sent++;
                if (answer.Status != 403)
                    findings.Add($"{operation.Method} {url} as {label} {when}: {answer.Status} {answer.Code} — must be 403");
            }
        }

        return sent;
    }

    private static async Task RevokeAsync(HttpClient admin, string community, Guid account, string[] keep)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/identity/users/{account}/roles") { Content = JsonContent.Create(new { roles = keep }) };
        request.Headers.Add("X-Community", community);
        var answer = await admin.SendAsync(request);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, $"taking back roles in {community}: {await answer.Content.ReadAsStringAsync()}");
    }

    /// <summary>A community of the attackers' own, so that whatever a hole lets them do lands there and not in A.</summary>
    private async Task<string> NewCommunityAsync()
    {
        var admin = fixture.Admin.Client();
        var street = (await admin.GetJsonAsync("/api/platform/streets")).AsArray().First()!;
        var code = "esc" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostOkAsync("/api/platform/communities", new { code, name = $"提权测试{code}", streetId = street.Id(), modules = fixture.BusinessModules });
        return code;
    }

    private enum Expect
    {
        Refused,
        NotFound,
    }

    private sealed record Try(string Url, JsonObject? Body, Expect Expect, string What);
}
