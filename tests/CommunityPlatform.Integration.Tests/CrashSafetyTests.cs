using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Killed in the middle of a burst of writes, the host loses nothing it acknowledged and leaves nothing half-written.</summary>
public sealed class CrashSafetyTests
{
    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_in_the_middle_of_a_burst()
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        var dataFolder = Path.Combine(Path.GetTempPath(), "community-platform-tests", name);
        var database = PlatformFactory.MySqlServer is null ? null : "cp_crash_" + name;
        var acknowledged = new ConcurrentDictionary<string, string>();

        try
        {
            await using (var host = await HostProcess.StartAsync(dataFolder, database))
            {
                var client = await SignedInAsync(host.Address);
                using var stop = new CancellationTokenSource();
                var writers = Enumerable.Range(0, 6).Select(w => Task.Run(async () =>
                {
                    for (var i = 0; !stop.IsCancellationRequested; i++)
                    {
                        var resident = $"压测{w}-{i}";
                        try
                        {
                            var response = await client.PostAsJsonAsync("/api/residents/people", new { name = resident, idNumber = TestIds.Next(), phone = TestIds.NextMobile() });
                            if (response.StatusCode == HttpStatusCode.Created)
                                acknowledged[(await response.JsonAsync()).Id()] = resident;
                        }
                        catch (HttpRequestException)
                        {
                            return; // the host is gone
                        }
                        catch (TaskCanceledException)
                        {
                            return;
                        }
                    }
                })).ToList();

                while (acknowledged.Count < 150) await Task.Delay(20);
                host.Kill();
                stop.Cancel();
                await Task.WhenAll(writers);
            }

            await using var restarted = await HostProcess.StartAsync(dataFolder, database);
            var reader = await SignedInAsync(restarted.Address);
            foreach (var (id, resident) in acknowledged)
            {
                var row = await reader.GetJsonAsync($"/api/residents/people/{id}");
                row.Str("name").ShouldBe(resident);
                row.Str("idNumber").Length.ShouldBe(18);
                row.Str("concurrencyStamp").Length.ShouldBe(32);
            }

            var stored = await reader.GetJsonAsync($"/api/residents/people?name={Uri.EscapeDataString("压测")}&pageSize=1");
            stored["total"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(acknowledged.Count);
            (await reader.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            if (database is not null) await PlatformFactory.DropAsync(database);
            if (Directory.Exists(dataFolder)) Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static async Task<HttpClient> SignedInAsync(Uri address)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var token = await (await client.PostAsJsonAsync("/api/account/token", new { userName = "wuyijie-secretary", password = PlatformFactory.Password })).JsonAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        return client;
    }

}
