using System.Collections.Concurrent;
using System.Net;
using Xunit.Abstractions;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>
/// Redis killed and started again: both instances go on serving (degraded, never a 5xx), a change made meanwhile reaches
/// the other instance within the fallback time-to-live, and once Redis is back changes travel through it again.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RedisOutageTests(TwoHosts cluster, ITestOutputHelper output)
{
    private const string Party = "/api/party/organizations";

    [ClusterFact]
    public async Task Redis_killed_and_restarted_costs_no_5xx_and_the_caches_fall_back_then_recover()
    {
        var admin = await Api.SignInAsync(cluster.A, "admin");
        var secretary = await Api.SignInAsync(cluster.B, "xincun-secretary");
        var failures = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var traffic = TrafficAsync(secretary, failures, stop.Token);

        try
        {
            cluster.Redis.Kill();
            await Eventually.HoldsAsync("both instances say they are degraded", async () =>
                await ReadinessAsync(cluster.A) == "Degraded" && await ReadinessAsync(cluster.B) == "Degraded");

            (await admin.DeleteAsync("/api/platform/communities/xincun/modules/PartyOrganization")).StatusCode.ShouldBe(HttpStatusCode.OK);
            var fallback = await Eventually.HoldsAsync("B learns of the switch without Redis",
                async () => await (await secretary.GetAsync(Party)).CodeAsync() == "Module.Disabled");
            output.WriteLine($"Without Redis, B saw the switch after {fallback.TotalSeconds:0.0} s (fallback time-to-live {TwoHosts.FallbackSeconds} s).");

            await cluster.Redis.StartAgainAsync();
            await Eventually.HoldsAsync("both instances are healthy again", async () =>
                await ReadinessAsync(cluster.A) == "Healthy" && await ReadinessAsync(cluster.B) == "Healthy");

            (await admin.PutAsync("/api/platform/communities/xincun/modules/PartyOrganization", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
            var told = await Eventually.HoldsAsync("B is told of the switch through Redis again",
                async () => (await secretary.GetAsync(Party)).StatusCode == HttpStatusCode.OK);
            output.WriteLine($"With Redis back, B saw the switch after {told.TotalMilliseconds:0} ms.");
        }
        finally
        {
            await stop.CancelAsync();
            await traffic;
            await cluster.Redis.StartAgainAsync();
            await admin.PutAsync("/api/platform/communities/xincun/modules/PartyOrganization", new { });
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>Reads, writes and sign-ins on both instances, all through the outage; any 5xx is kept.</summary>
    private async Task TrafficAsync(Api secretary, ConcurrentQueue<string> failures, CancellationToken stop)
    {
        var requests = 0;
        while (!stop.IsCancellationRequested)
        {
            foreach (var host in new[] { cluster.A, cluster.B })
            {
                var on = secretary.On(host);
                foreach (var answer in new Func<Task<HttpResponseMessage>>[]
                         {
                             () => on.GetAsync(Party),
                             () => on.GetAsync("/api/residents/people?pageSize=5"),
                             () => on.PostAsync("/api/residents/people", new { }),
                             () => Api.TokenAsync(host, "xincun-secretary", TwoHosts.Password, Api.NextAddress()),
                         })
                {
                    var response = await answer();
                    requests++;
                    if ((int)response.StatusCode >= 500)
                        failures.Enqueue($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        output.WriteLine($"{requests} requests through the outage.");
    }

    private static async Task<string> ReadinessAsync(HostInstance host)
    {
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(10) };
        var answer = await client.GetAsync("/health/ready");
        return answer.StatusCode == HttpStatusCode.OK ? await answer.Content.ReadAsStringAsync() : $"{(int)answer.StatusCode}";
    }
}
