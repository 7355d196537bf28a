using System.Net.Http.Json;
using CommunityPlatform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// The defect the benchmark found (docs/performance-notes.md): a community whose first residents have no building made the
/// start's sampled statistics say the building index narrows nothing, and a grid worker's list of one building then walked
/// the whole community through the name index. The full count after start (<see cref="PlannerStatistics"/>) gives the
/// planner the building index back. SQLite only: MySQL and MariaDB keep their statistics themselves.
/// </summary>
public sealed class PlannerStatisticsTests
{
    // The grid worker's list of one building as EF Core writes it for SQLite: the narrowing's keys as a JSON parameter.
    private const string GridWorkersList = """
        SELECT "r".* FROM "Residents_People" AS "r"
        WHERE "r"."CommunityId" = @community AND NOT ("r"."IsDeleted") AND "r"."BuildingId" IS NOT NULL
          AND "r"."BuildingId" IN (SELECT "k"."value" FROM json_each(@keys) AS "k") AND "r"."BuildingId" = @building
        ORDER BY "r"."Name", "r"."Id" LIMIT 20
        """;

    [Fact]
    public async Task Counted_in_full_the_statistics_lead_a_building_list_to_the_building_index_again()
    {
        // Counted here, not in the background, so that the count cannot come between the sample and the first plan.
        using var factory = new PlatformFactory<Program>(new Dictionary<string, string?> { ["Platform:Database:AnalyzeInBackground"] = "false" });
        await factory.TokenAsync("admin");   // the host has started and seeded
        if (factory.OnMySql) return;          // nothing of this exists there (PlannerStatistics does nothing on MySQL)

        var community = Guid.Empty.ToString().ToUpperInvariant();   // first in every index that leads with the community
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "platform.db")};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
            INSERT INTO "Residents_People" ("Id", "Name", "ResidenceType", "Status", "TagBits", "IdNumberToken", "CreatedAt",
                "IsDeleted", "DeletionToken", "ConcurrencyStamp", "CommunityId")
            SELECT printf('%08X-0000-0000-0000-000000000000', i), printf('居民%04d', i), 'Local', 'Living', 0, '', '2026-11-30 00:00:00',
                0, '', 'x', '{community}' FROM n
            """);

        // Statistics as the benchmark's sample left them: 400 entries read, all one community without a building, so the
        // building index seems to narrow a community no further than the name index does.
        await factory.Services.GetRequiredService<Migrator>().RefreshStatisticsAsync();
        await ExecuteAsync(connection, """
            UPDATE sqlite_stat1 SET stat = '47000 400 400 1 1 1' WHERE idx = 'IX_Residents_People_CommunityId_BuildingId_Name_Id_IsDeleted';
            UPDATE sqlite_stat1 SET stat = '47000 400 1 1 1' WHERE idx = 'IX_Residents_People_CommunityId_Name_Id_IsDeleted';
            """);
        (await PlanAsync(connection, community)).ShouldContain("IX_Residents_People_CommunityId_Name_Id_IsDeleted",
            customMessage: "such statistics no longer mislead the planner: this test reproduces nothing");

        await factory.Services.GetRequiredService<PlannerStatistics>().CountAsync();
        (await PlanAsync(connection, community)).ShouldContain("IX_Residents_People_CommunityId_BuildingId_Name_Id_IsDeleted");
        var counted = await ScalarAsync(connection, """SELECT stat FROM sqlite_stat1 WHERE idx = 'IX_Residents_People_CommunityId_BuildingId_Name_Id_IsDeleted'""");
        counted.Split(' ')[0].ShouldBe(await ScalarAsync(connection, """SELECT COUNT(*) FROM "Residents_People" """));
    }

    [Fact]
    public async Task The_host_counts_them_in_full_once_it_listens()
    {
        using var factory = new PlatformFactory<Program>();
        await factory.TokenAsync("admin");
        if (factory.OnMySql) return;

        var statistics = factory.Services.GetRequiredService<PlannerStatistics>();
        await Eventually.HoldsAsync("the host counts the planner statistics in full", () => Task.FromResult(statistics.CountedAt is not null),
            within: TimeSpan.FromMinutes(2), pause: TimeSpan.FromMilliseconds(100));
        statistics.CountedAt.ShouldNotBeNull("the host never counted the planner statistics in full");
    }

    [Fact]
    public async Task A_community_with_a_file_of_its_own_is_counted_too()
    {
        using var platform = new PlatformFixture();
        if (platform.Factory.OnMySql) return;
        var code = (await platform.NewCommunityAsync()).Str("code");
        var own = OwnDatabase.For(platform.Factory, code);
        try
        {
            (await (await platform.AdminAsync()).PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString = own })).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
            await (await platform.AdminAsync(code)).PostOkAsync("/api/residents/people", new { name = "统计测试" });

            await platform.Factory.Services.GetRequiredService<PlannerStatistics>().CountAsync();

            await using var connection = new SqliteConnection(own);
            await connection.OpenAsync();
            (await ScalarAsync(connection, "SELECT stat FROM sqlite_stat1 WHERE tbl = 'Residents_People' LIMIT 1")).Split(' ')[0].ShouldBe("1");
        }
        finally
        {
            await platform.RetireOwnDatabaseAsync(code, own);
        }
    }

    // A new connection each time: a connection keeps the statistics it read when it opened.
    private static async Task<string> PlanAsync(SqliteConnection existing, string community)
    {
        await using var connection = new SqliteConnection(existing.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + GridWorkersList;
        command.Parameters.AddWithValue("@community", community);
        command.Parameters.AddWithValue("@keys", "[]");
        command.Parameters.AddWithValue("@building", Guid.NewGuid().ToString().ToUpperInvariant());
        await using var reader = await command.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return string.Join(" | ", plan);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
