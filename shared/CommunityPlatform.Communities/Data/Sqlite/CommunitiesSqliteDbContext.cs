using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Communities.Data.Sqlite;

public sealed class CommunitiesSqliteDbContext(DbContextOptions<CommunitiesSqliteDbContext> options, DataScope scope) : CommunitiesDbContext(options, scope);

public sealed class CommunitiesSqliteDesignFactory : IDesignTimeDbContextFactory<CommunitiesSqliteDbContext>
{
    public CommunitiesSqliteDbContext CreateDbContext(string[] args) => new(DesignTime.Sqlite<CommunitiesSqliteDbContext>(CommunitiesModule.TablePrefix), new DataScope());
}
