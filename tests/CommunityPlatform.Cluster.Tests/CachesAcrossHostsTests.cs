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

        var off = new List<TimeSpan>();
        var on = new List<TimeSpan>();
        try
        {
            // Several rounds, for the propagation time (reported, never asserted): from A's answer to B's first refusal.
            for (var round = 0; round < Rounds; round++)
            {
                (await admin.DeleteAsync(SwitchPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
                off.Add(await Eventually.HoldsAsync("B answers Module.Disabled", async () => await (await secretary.GetAsync(Party)).CodeAsync() == "Module.Disabled", pause: TimeSpan.Zero));
                await (await secretary.GetAsync(Party)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");

                (await admin.PutAsync(SwitchPath, new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
                on.Add(await Eventually.HoldsAsync("B serves the module again", async () => (await secretary.GetAsync(Party)).StatusCode == HttpStatusCode.OK, pause: TimeSpan.Zero));
            }
        }
        finally
        {
            (await admin.PutAsync(SwitchPath, new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        output.WriteLine($"Propagation of a module switch from A to B over {Rounds} rounds (each from A's answer to B's first changed answer, "
                         + $"one request on B after another): off median {Median(off):0.0} ms, max {off.Max().TotalMilliseconds:0.0} ms; "
                         + $"on median {Median(on):0.0} ms, max {on.Max().TotalMilliseconds:0.0} ms. Measured, not asserted.");
    }

    private const int Rounds = 5;

    private const string SwitchPath = "/api/platform/communities/xincun/modules/PartyOrganization";

    private static double Median(List<TimeSpan> times) => times.Select(t => t.TotalMilliseconds).Order().ElementAt(times.Count / 2);

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
