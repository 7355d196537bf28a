using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace CommunityPlatform.Integration.Tests;

/// <summary>A community in a database of its own: assigned by the city administrator, moved only when asked, verified.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CommunityDatabaseTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_community_with_data_moves_only_when_asked_and_is_then_served_from_its_own_database()
    {
        var community = await platform.NewCommunityAsync("PartyOrganization");
        var code = community.Str("code");
        var admin = await platform.AdminAsync(code);
        var resident = await admin.PostOkAsync("/api/residents/people", new { name = "迁移测试", idNumber = TestIds.Next() });
        await admin.PostOkAsync("/api/party/organizations", new { name = "迁移党支部", kind = "branch" });
        var own = OwnDatabase.For(platform.Factory, code);

        try
        {
            await (await admin.PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString = own }))
                .ShouldBeProblemAsync((HttpStatusCode)422, "Community.HasSharedData");

            var moved = await (await admin.PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString = own, move = true })).JsonAsync();
            moved["movedRows"]!["Residents_People"]!.GetValue<int>().ShouldBe(1);
            moved["movedRows"]!["Party_OrganizationUnits"]!.GetValue<int>().ShouldBe(1);

            (await admin.GetJsonAsync($"/api/residents/people/{resident.Id()}")).Str("name").ShouldBe("迁移测试");
            var later = await admin.PostOkAsync("/api/residents/people", new { name = "迁移后登记" });
            (await admin.GetJsonAsync("/api/party/organizations")).AsArray().Count.ShouldBe(1);
            (await admin.GetJsonAsync($"/api/platform/communities/{code}"))["hasOwnDatabase"]!.GetValue<bool>().ShouldBeTrue();

            (await CountAsync(own, "Residents_People", community.Id())).ShouldBe(2);
            (await CountAsync(null, "Residents_People", community.Id())).ShouldBe(0);
            (await CountAsync(null, "Party_OrganizationUnits", community.Id())).ShouldBe(0);
            later.Str("name").ShouldBe("迁移后登记");

            await (await admin.PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString = own, move = true }))
                .ShouldBeProblemAsync((HttpStatusCode)422, "Community.DatabaseAssigned");
        }
        finally
        {
            await platform.RetireOwnDatabaseAsync(code, own);
        }
    }

    [Fact]
    public Task Other_communities_keep_the_shared_database() =>
        BesideOneOnItsOwnDatabaseAsync(async (_, staying, own, _) =>
        {
            await (await platform.AdminAsync(staying.Str("code"))).PostOkAsync("/api/residents/people", new { name = "共享库居民" });

            (await CountAsync(null, "Residents_People", staying.Id())).ShouldBe(1);
            (await CountAsync(own, "Residents_People", staying.Id())).ShouldBe(0);
        });

    [Fact]
    public Task A_pooled_context_switched_to_a_community_database_goes_back_to_the_shared_one_for_the_next_request() =>
        // Contexts are pooled (decision 0020): the same instances serve both communities in turn, so every write must
        // land where its own community lives, however the leases fall.
        BesideOneOnItsOwnDatabaseAsync(async (moving, staying, own, admin) =>
        {
            var movingAdmin = await platform.AdminAsync(moving);
            var stayingAdmin = await platform.AdminAsync(staying.Str("code"));
            var movingId = (await admin.GetJsonAsync($"/api/platform/communities/{moving}")).Id();

            for (var round = 0; round < 8; round++)
                await Task.WhenAll(
                    movingAdmin.PostOkAsync("/api/residents/people", new { name = $"独立库居民{round}" }),
                    stayingAdmin.PostOkAsync("/api/residents/people", new { name = $"共享库居民{round}" }),
                    movingAdmin.GetJsonAsync("/api/residents/people"),
                    stayingAdmin.GetJsonAsync("/api/residents/people"));

            (await CountAsync(own, "Residents_People", movingId)).ShouldBe(8);
            (await CountAsync(null, "Residents_People", movingId)).ShouldBe(0);
            (await CountAsync(null, "Residents_People", staying.Id())).ShouldBe(8);
            (await CountAsync(own, "Residents_People", staying.Id())).ShouldBe(0);
        });

    /// <summary>A new community given its own (empty) database beside another new one on the shared database; retired after.</summary>
    private async Task BesideOneOnItsOwnDatabaseAsync(Func<string, JsonNode, string, HttpClient, Task> check)
    {
        var moving = (await platform.NewCommunityAsync()).Str("code");
        var staying = await platform.NewCommunityAsync();
        var own = OwnDatabase.For(platform.Factory, moving);
        try
        {
            var admin = await platform.AdminAsync();
            (await admin.PutAsJsonAsync($"/api/platform/communities/{moving}/database", new { connectionString = own })).StatusCode.ShouldBe(HttpStatusCode.OK);
            await check(moving, staying, own, admin);
        }
        finally
        {
            await platform.RetireOwnDatabaseAsync(moving, own);
        }
    }

    [Fact]
    public async Task Only_the_city_administrator_assigns_a_database_and_a_bad_one_is_refused()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        await (await secretary.PutAsJsonAsync("/api/platform/communities/xincun/database", new { connectionString = OwnDatabase.For(platform.Factory, "xincun") }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");

        var code = (await platform.NewCommunityAsync()).Str("code");
        var bad = platform.Factory.OnMySql ? $"{PlatformFactory.MySqlServer};Database={new string('x', 70)}" /* longer than MariaDB allows a name */ : $"Data Source={Path.Combine(platform.Factory.DataFolder, "platform.db", "x.db")}" /* a folder that is a file */;
        await (await (await platform.AdminAsync()).PutAsJsonAsync($"/api/platform/communities/{code}/database", new { connectionString = bad }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Community.DatabaseUnreachable");
        (await (await platform.AdminAsync()).GetJsonAsync($"/api/platform/communities/{code}"))["hasOwnDatabase"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task While_a_community_moves_its_writes_wait_with_a_503_and_reads_go_on()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync(code);
        var writes = platform.Factory.Services.GetRequiredService<CommunityPlatform.Tenancy.CommunityWrites>();
        var id = (await admin.GetJsonAsync($"/api/platform/communities/{code}")).Id();

        using (await writes.HoldAsync(Guid.Parse(id), TimeSpan.FromSeconds(5), CancellationToken.None))
        {
            var refused = await admin.PostAsJsonAsync("/api/residents/buildings", new { number = "1" });
            await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable, "Community.Moving");
            (await admin.GetAsync("/api/residents/buildings")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await admin.PostOkAsync("/api/residents/buildings", new { number = "1" });
    }

    private async Task<long> CountAsync(string? database, string table, string communityId)
    {
        if (platform.Factory.OnMySql)
        {
            var shared = $"{PlatformFactory.MySqlServer};Database=cp_test_{Path.GetFileName(platform.Factory.DataFolder)}";
            await using var connection = new MySqlConnection(database ?? shared);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM `{table}` WHERE CommunityId = @id";
            command.Parameters.AddWithValue("@id", Guid.Parse(communityId));
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }

        await using var sqlite = new SqliteConnection(database ?? $"Data Source={Path.Combine(platform.Factory.DataFolder, "platform.db")}");
        await sqlite.OpenAsync();
        await using var query = sqlite.CreateCommand();
        query.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE upper(CommunityId) = upper(@id)";
        query.Parameters.AddWithValue("@id", communityId);
        return Convert.ToInt64(await query.ExecuteScalarAsync());
    }
}
