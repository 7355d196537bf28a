using System.Net;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>A community's move to its own database holds its writes on every instance, not only on the one that moves it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WriteHoldTests(TwoHosts cluster)
{
    [ClusterFact]
    public async Task A_move_started_on_A_holds_the_communitys_writes_on_B_and_B_then_writes_to_its_own_database()
    {
        var admin = await Api.SignInAsync(cluster.A, "admin");
        var secretary = await Api.SignInAsync(cluster.B, "oufengliyuan-secretary");
        // The probe: an empty resident, refused as invalid input (400) — or, while the writes are held, 503 before it is read.
        (await secretary.PostAsync("/api/residents/people", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var move = admin.PutAsync("/api/platform/communities/oufengliyuan/database",
            new { connectionString = $"{cluster.MariaDb.ConnectionString};Database=cp_cluster_oufengliyuan", move = true });
        var held = 0;
        while (!move.IsCompleted)
        {
            var probe = await secretary.PostAsync("/api/residents/people", new { });
            if (probe.StatusCode == HttpStatusCode.BadRequest) continue;
            await probe.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "Community.Moving");
            probe.Headers.RetryAfter.ShouldNotBeNull();
            held++;
        }

        var moved = await move;
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
        held.ShouldBeGreaterThan(0, "B took writes all through the move made on A");

        // B reads the community's new place (an encrypted connection string, read with the shared key ring) and writes there.
        var created = await secretary.JsonAsync(HttpMethod.Post, "/api/residents/people", new { name = "迁移后在乙登记" });
        var read = await secretary.On(cluster.A).JsonAsync(HttpMethod.Get, $"/api/residents/people/{created["id"]!.GetValue<Guid>()}");
        read["name"]!.GetValue<string>().ShouldBe("迁移后在乙登记");
    }
}
