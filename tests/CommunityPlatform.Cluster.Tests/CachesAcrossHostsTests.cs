using System.Net;
using Xunit.Abstractions;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>What one instance changes, the other stops answering from its cache: module switches, grants, passwords.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CachesAcrossHostsTests(TwoHosts cluster, ITestOutputHelper output)
{
    private const string Party = "/api/party/organizations";

    [ClusterFact]
    public async Task A_module_switched_off_on_A_answers_Module_Disabled_on_B()
    {
        var admin = await Api.SignInAsync(cluster.A, "admin");
        var secretary = await Api.SignInAsync(cluster.B, "xincun-secretary");
        // B has read the switches (and the account) into its caches before A changes anything.
        (await secretary.GetAsync(Party)).StatusCode.ShouldBe(HttpStatusCode.OK);

        try
        {
            (await admin.DeleteAsync("/api/platform/communities/xincun/modules/PartyOrganization")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var took = await Eventually.HoldsAsync("B answers Module.Disabled", async () => await (await secretary.GetAsync(Party)).CodeAsync() == "Module.Disabled");
            await (await secretary.GetAsync(Party)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
            output.WriteLine($"A module switched off on A was refused on B after {took.TotalMilliseconds:0} ms (measured, not asserted).");
        }
        finally
        {
            (await admin.PutAsync("/api/platform/communities/xincun/modules/PartyOrganization", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await Eventually.HoldsAsync("B serves the module again", async () => (await secretary.GetAsync(Party)).StatusCode == HttpStatusCode.OK);
    }

    [ClusterFact]
    public async Task A_role_taken_away_and_a_password_changed_on_A_are_seen_on_B()
    {
        var admin = await Api.SignInAsync(cluster.A, "admin", community: "xincun");
        var name = $"cluster-{Guid.NewGuid().ToString("N")[..8]}";
        var account = await admin.JsonAsync(HttpMethod.Post, "/api/identity/users",
            new { userName = name, password = "Start#2026abc", roles = new[] { "party-staff", "culture-worker" } });
        var id = account["id"]!.GetValue<Guid>();
        // An account made by an administrator chooses its own password first.
        var first = await Api.SignInAsync(cluster.A, name, "Start#2026abc");
        ((int)(await first.PostAsync("/api/account/password", new { currentPassword = "Start#2026abc", newPassword = "Second#2026abc" })).StatusCode).ShouldBeInRange(200, 299);

        var onB = await Api.SignInAsync(cluster.B, name, "Second#2026abc");
        (await onB.GetAsync(Party)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await admin.JsonAsync(HttpMethod.Put, $"/api/identity/users/{id}/roles", new { roles = new[] { "culture-worker" } });
        // The grant changed the account's stamp: B stops taking the old token, and a new one reads culture but not the Party.
        await Eventually.HoldsAsync("B stops answering the old token", async () => (await onB.GetAsync(Party)).StatusCode != HttpStatusCode.OK);
        await (await onB.GetAsync(Party)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
        var again = await Api.SignInAsync(cluster.B, name, "Second#2026abc");
        (await again.GetAsync("/api/culture/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await again.GetAsync(Party)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");

        ((int)(await again.On(cluster.A).PostAsync("/api/account/password", new { currentPassword = "Second#2026abc", newPassword = "Third#2026abc" })).StatusCode).ShouldBeInRange(200, 299);
        await Eventually.HoldsAsync("B stops answering the token of the old password", async () => (await again.GetAsync("/api/culture/teams")).StatusCode == HttpStatusCode.Unauthorized);
        (await (await Api.SignInAsync(cluster.B, name, "Third#2026abc")).GetAsync("/api/culture/teams")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
