using Shouldly;
using CommunityPlatform.Residents.Data.Sqlite;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Tests;

/// <summary>
/// The registry's narrowing by building costs nothing in SQL for accounts it does not apply to: their queries are the
/// ones without narrowing (no key test, no extra column that would spoil an index-only count).
/// </summary>
public sealed class NarrowingSqlTests
{
    private static readonly DbContextOptions<ResidentsSqliteDbContext> Options =
        new DbContextOptionsBuilder<ResidentsSqliteDbContext>().UseSqlite("Data Source=:memory:").Options;

    [Fact]
    public void A_whole_access_query_has_no_building_condition_and_a_narrowed_one_has()
    {
        var scope = new RequestContext();
        scope.SetCommunity(new CommunityInfo(Guid.NewGuid(), "t", "t", Guid.NewGuid()));
        using var whole = new ResidentsSqliteDbContext(Options) { Scope = scope };
        var narrowedScope = new RequestContext();
        narrowedScope.SetCommunity(scope.Community);
        narrowedScope.Narrowing.Narrow(ResidentsNarrowing.Buildings, [Guid.NewGuid()]);
        using var narrowed = new ResidentsSqliteDbContext(Options) { Scope = narrowedScope };

        Where(whole.Residents.Where(r => r.Name.StartsWith("王")).OrderBy(r => r.Name).Take(20).ToQueryString()).ShouldNotContain("BuildingId");
        Where(whole.Households.Where(h => h.Address.StartsWith("王")).ToQueryString()).ShouldNotContain("BuildingId");
        Where(whole.Buildings.Where(b => b.Number == "1").ToQueryString()).ShouldNotContain("json_each");

        Where(narrowed.Residents.Where(r => r.Name.StartsWith("王")).OrderBy(r => r.Name).Take(20).ToQueryString()).ShouldContain("\"r\".\"BuildingId\" IN (");
        Where(narrowed.Households.Where(h => h.Address.StartsWith("王")).ToQueryString()).ShouldContain("\"r\".\"BuildingId\" IN (");
        Where(narrowed.Buildings.Where(b => b.Number == "1").ToQueryString()).ShouldContain("json_each");
    }

    [Fact]
    public void An_account_narrowed_to_no_building_still_gets_the_building_condition()
    {
        var scope = new RequestContext();
        scope.SetCommunity(new CommunityInfo(Guid.NewGuid(), "t", "t", Guid.NewGuid()));
        scope.Narrowing.Narrow(ResidentsNarrowing.Buildings, []);
        using var db = new ResidentsSqliteDbContext(Options) { Scope = scope };

        Where(db.Residents.Where(r => r.Name.StartsWith("王")).ToQueryString()).ShouldContain("\"r\".\"BuildingId\" IN (");
    }

    private static string Where(string sql) => sql[sql.IndexOf("WHERE", StringComparison.Ordinal)..];
}
