using System.Net;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>Guessing passwords gains nothing from the load balancer: the per-address limit and the lock-out count across instances.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SignInLimitsTests(TwoHosts cluster)
{
    [ClusterFact]
    public async Task The_sign_in_limit_of_an_address_counts_its_attempts_on_both_instances()
    {
        // The count is kept per minute of the clock. Attempts that straddle a minute's turn prove nothing either way (a
        // slow machine may take that long): such a round is discarded and tried again from a new address.
        for (var round = 0; ; round++)
        {
            var minute = Minute();
            var address = Api.NextAddress();
            for (var attempt = 0; attempt < TwoHosts.SignInPermits; attempt++)
            {
                var host = attempt % 2 == 0 ? cluster.A : cluster.B;
                await (await Api.TokenAsync(host, $"nobody-{attempt}", "Wrong#2026abc", address)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.InvalidCredentials");
            }

            var onA = await Api.TokenAsync(cluster.A, "nobody", "Wrong#2026abc", address);
            var onB = await Api.TokenAsync(cluster.B, "nobody", "Wrong#2026abc", address);
            if (Minute() != minute && round < 3) continue;

            // Each instance has seen half the permitted attempts; together they have seen them all.
            await onA.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Request.TooMany");
            await onB.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Request.TooMany");
            return;
        }

        static long Minute() => DateTime.UtcNow.Ticks / TimeSpan.TicksPerMinute;
    }

    [ClusterFact]
    public async Task Wrong_passwords_given_to_both_instances_lock_the_account_out()
    {
        var admin = await Api.SignInAsync(cluster.A, "admin", community: "xincun");
        var name = $"locked-{Guid.NewGuid().ToString("N")[..8]}";
        var id = (await admin.JsonAsync(HttpMethod.Post, "/api/identity/users", new { userName = name, password = "Start#2026abc", roles = new[] { "culture-worker" } }))["id"]!.GetValue<Guid>();

        // Five failures lock an account (Identity's count is a column of the shared database): three on A, two on B.
        for (var attempt = 0; attempt < 5; attempt++)
            await (await Api.TokenAsync(attempt % 2 == 0 ? cluster.A : cluster.B, name, "Wrong#2026abc", Api.NextAddress()))
                .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.InvalidCredentials");

        await (await Api.TokenAsync(cluster.B, name, "Start#2026abc", Api.NextAddress())).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.InvalidCredentials");
        (await admin.On(cluster.B).JsonAsync(HttpMethod.Get, $"/api/identity/users/{id}"))["isLockedOut"]!.GetValue<bool>().ShouldBeTrue();
    }
}
