using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using MySqlConnector;
using Xunit.Abstractions;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>
/// The background work of two instances on one database (decision 0017): outbox rows produced while both dispatch are
/// each handled once, and an import started on A is read on B and outlives A's kill -9.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BackgroundWorkAcrossHostsTests(TwoHosts cluster, ITestOutputHelper output)
{
    private const string Liaison = "CommunityPlatform.PartyOrganization.BuildingLiaisonChanged, CommunityPlatform.PartyOrganization.Contracts";
    private const string LiaisonHandler = "CommunityPlatform.GridManagement.Grids.LiaisonHandler";

    [ClusterFact]
    public async Task A_thousand_events_produced_while_both_hosts_dispatch_are_each_handled_once()
    {
        var admin = await Api.SignInAsync(cluster.A, "admin");
        var community = (await NewCommunityAsync(admin, "PartyOrganization", "GridManagement"))["id"]!.GetValue<Guid>();

        // Produced as the Party module's saves write them (one row per event, in its outbox), 100 at a time, while
        // both hosts' dispatchers poll the same table.
        await using var db = new MySqlConnection(cluster.PlatformDatabase);
        await db.OpenAsync();
        for (var batch = 0; batch < 10; batch++)
        {
            await using var insert = db.CreateCommand();
            var values = new List<string>();
            for (var i = 0; i < 100; i++)
            {
                var payload = JsonSerializer.Serialize(new { buildingId = Guid.CreateVersion7(), memberId = Guid.CreateVersion7(), residentId = (Guid?)null, name = $"联络员{batch * 100 + i}" });
                insert.Parameters.AddWithValue($"@p{i}", payload);
                values.Add($"('{Guid.CreateVersion7()}', '{community}', '{Liaison}', @p{i}, UTC_TIMESTAMP(6), 0)");
            }

            insert.CommandText = $"INSERT INTO Party_Outbox (Id, CommunityId, Type, Payload, OccurredAt, Attempts) VALUES {string.Join(", ", values)}";
            await insert.ExecuteNonQueryAsync();
            await Task.Delay(200);
        }

        await Eventually.HoldsAsync("every event delivered", async () =>
            await CountAsync(db, $"SELECT COUNT(*) FROM Party_Outbox WHERE CommunityId = '{community}' AND DeliveredAt IS NULL") == 0, TimeSpan.FromMinutes(5));

        (await CountAsync(db, $"SELECT COUNT(*) FROM Party_Outbox WHERE CommunityId = '{community}'")).ShouldBe(1000);
        (await CountAsync(db, $"SELECT COUNT(*) FROM Grid_Liaisons WHERE CommunityId = '{community}'")).ShouldBe(1000);
        (await CountAsync(db, $"SELECT COUNT(*) FROM Grid_Inbox i JOIN Party_Outbox o ON o.Id = i.MessageId WHERE o.CommunityId = '{community}' AND i.Handler = '{LiaisonHandler}'"))
            .ShouldBe(1000);
        await using var hosts = db.CreateCommand();
        hosts.CommandText = $"SELECT SUBSTRING_INDEX(ClaimedBy, '/', 1), COUNT(*) FROM Party_Outbox WHERE CommunityId = '{community}' GROUP BY 1";
        await using var reader = await hosts.ExecuteReaderAsync();
        while (await reader.ReadAsync()) output.WriteLine($"delivered by {reader.GetString(0)}: {reader.GetInt64(1)} (reported, not asserted)");
    }

    [ClusterFact]
    public async Task An_import_started_on_A_is_read_on_B_and_outlives_As_kill()
    {
        var admin = await Api.SignInAsync(cluster.A, "admin");
        var code = (await NewCommunityAsync(admin))["code"]!.GetValue<string>();
        var onA = await Api.SignInAsync(cluster.A, "admin", community: code);
        var onB = onA.On(cluster.B);
        const int rows = 20_000;

        try
        {
            await ImportOutlivesTheKillAsync(onA, onB, code, rows);
        }
        finally
        {
            // The next tests find two hosts again.
            if (cluster.A.HasExited) await cluster.ReplaceAsync(cluster.A);
        }
    }

    private async Task ImportOutlivesTheKillAsync(Api onA, Api onB, string code, int rows)
    {
        var job = await StartImportAsync(onA, code, rows);
        var seen = await onB.JsonAsync(HttpMethod.Get, $"/api/residents/imports/{job}");
        seen["total"]!.GetValue<int>().ShouldBe(rows);
        // Killed while it runs, if it has not finished already on a quick machine (then B still reads it whole).
        await Eventually.HoldsAsync("B sees the job running or done", async () =>
            (await onB.JsonAsync(HttpMethod.Get, $"/api/residents/imports/{job}"))["state"]!.GetValue<string>() is "running" or "completed" or "failed");
        var before = await onB.JsonAsync(HttpMethod.Get, $"/api/residents/imports/{job}");
        cluster.A.Kill();
        output.WriteLine($"A killed with the job {before["state"]} at {before["processed"]} of {rows} checked, {before["imported"]} imported");

        JsonNode last = before;
        await Eventually.HoldsAsync("B finishes the job or ends it with a reason", async () =>
        {
            last = await onB.JsonAsync(HttpMethod.Get, $"/api/residents/imports/{job}");
            return last["state"]!.GetValue<string>() is "completed" or "failed";
        }, TimeSpan.FromMinutes(5));

        var residents = (await onB.JsonAsync(HttpMethod.Get, "/api/residents/people?pageSize=1"))["total"]!.GetValue<int>();
        if (last["state"]!.GetValue<string>() == "completed")
        {
            last["imported"]!.GetValue<int>().ShouldBe(rows);
            residents.ShouldBe(rows);
        }
        else
        {
            last["failure"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            residents.ShouldBe(last["imported"]!.GetValue<int>());
        }

        output.WriteLine($"After the kill: {last["state"]}, {last["imported"]} imported, failure: {last["failure"]}");
    }

    private static async Task<Guid> StartImportAsync(Api api, string community, int rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Enumerable.Range(1, rows).Select(i => new Dictionary<string, object?>
        {
            ["姓名"] = $"居民{i:00000}", ["性别"] = i % 2 == 0 ? "女" : "男", ["出生日期"] = "1970-01-01", ["民族"] = "汉族", ["身份证号"] = "", ["联系电话"] = $"139{i:00000000}", ["居住类型"] = "户籍", ["标签"] = "",
        }));
        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api.Host.Address, "/api/residents/imports"))
        {
            Content = new MultipartFormDataContent { { file, "file", "居民.xlsx" }, { new StringContent("false"), "onlyValidRows" } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Token);
        request.Headers.Add("X-Community", community);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
        var started = await client.SendAsync(request);
        var text = await started.Content.ReadAsStringAsync();
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, text);
        return JsonNode.Parse(text)!["id"]!.GetValue<Guid>();
    }

    private static async Task<JsonNode> NewCommunityAsync(Api admin, params string[] modules)
    {
        var street = (await admin.JsonAsync(HttpMethod.Get, "/api/platform/streets")).AsArray().First(s => s!["code"]!.GetValue<string>() == "renminlu")!;
        var code = "c" + Guid.NewGuid().ToString("N")[..10];
        return await admin.JsonAsync(HttpMethod.Post, "/api/platform/communities", new { code, name = $"集群社区{code}", streetId = street["id"]!.GetValue<Guid>(), modules });
    }

    private static async Task<long> CountAsync(MySqlConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
