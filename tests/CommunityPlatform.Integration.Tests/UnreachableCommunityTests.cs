using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace CommunityPlatform.Integration.Tests;

// Why: a community on a database of its own that had been dropped made every scope=city report and the city's
// overview answer 500 — one community's server down blinded the street and the city to all the others.

[Collection(PlatformCollection.Name)]
public sealed class UnreachableCommunityTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_community_whose_own_database_is_gone_is_named_unavailable_and_the_others_are_still_summed()
    {
        var own = await platform.NewStreetAsync(2, "GridManagement");
        var (kept, lost) = (own.Communities[0], own.Communities[1]);
        var database = OwnDatabase.For(platform.Factory, lost);
        var assigned = await (await platform.AdminAsync()).PutAsJsonAsync($"/api/platform/communities/{lost}/database", new { connectionString = database });
        assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        await EventsAsync(kept, 3);
        await EventsAsync(lost, 2);
        var street = await platform.SignInAsync(own.Supervisor);
        (await street.GetJsonAsync("/api/grid/reports/events?scope=street"))["total"]!.GetValue<int>().ShouldBe(5);
        var keptAlone = (await (await platform.AdminAsync(kept)).GetJsonAsync("/api/grid/reports/events"))["total"]!.GetValue<int>();
        try
        {
            await MakeUnreachableAsync(database);

            var summed = await street.GetJsonAsync("/api/grid/reports/events?scope=street");
            summed["total"]!.GetValue<int>().ShouldBe(keptAlone);
            summed["communities"]!.GetValue<int>().ShouldBe(1);
            summed["unavailable"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe([lost]);
            var city = await (await platform.AdminAsync()).GetAsync("/api/grid/reports/events?scope=city");
            city.StatusCode.ShouldBe(HttpStatusCode.OK, await city.Content.ReadAsStringAsync());
            (await city.JsonAsync())["unavailable"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldContain(lost);

            foreach (var account in new[] { street, await platform.AdminAsync() })
            {
                var overview = await account.GetAsync("/api/platform/overview");
                overview.StatusCode.ShouldBe(HttpStatusCode.OK, await overview.Content.ReadAsStringAsync());
                var json = await overview.JsonAsync();
                json["unavailable"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldContain(lost);
                var rows = json["communities"]!.AsArray();
                rows.Single(r => r!.Str("code") == lost)!["available"]!.GetValue<bool>().ShouldBeFalse();
                rows.Single(r => r!.Str("code") == kept)!["available"]!.GetValue<bool>().ShouldBeTrue();
                (await account.GetAsync("/api/platform/overview/feed")).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            var streetTotal = (await street.GetJsonAsync("/api/platform/overview"))["total"]!["grid.open"]!["count"]!.GetValue<long>();
            streetTotal.ShouldBe(3);
            var console = await ConsoleSession.SignInAsync(platform.Factory, own.Supervisor);
            (await console.PageAsync("/overview")).ShouldContain("id=\"overview-unavailable\"");
        }
        finally
        {
            await platform.RetireOwnDatabaseAsync(lost, database);
        }
    }

    private async Task EventsAsync(string community, int count)
    {
        var admin = await platform.AdminAsync(community);
        var grid = await admin.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        for (var i = 0; i < count; i++)
            await admin.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "sanitation", title = $"测试事件{i}", reportedAt = DateTime.UtcNow.AddHours(-i - 1) });
    }

    /// <summary>The database is gone: dropped on MariaDB; on SQLite its files deleted (an open makes an empty one, without tables).</summary>
    private async Task MakeUnreachableAsync(string database)
    {
        if (platform.Factory.OnMySql)
        {
            await PlatformFactory.DropAsync(new MySqlConnectionStringBuilder(database).Database);
            MySqlConnection.ClearAllPools();
            return;
        }

        SqliteConnection.ClearAllPools();
        var file = new SqliteConnectionStringBuilder(database).DataSource;
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            File.Delete(path);
    }
}
