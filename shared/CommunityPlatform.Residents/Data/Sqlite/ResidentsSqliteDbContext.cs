using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Residents.Data.Sqlite;

public sealed class ResidentsSqliteDbContext(DbContextOptions<ResidentsSqliteDbContext> options, DataScope scope) : ResidentsDbContext(options, scope);

public sealed class ResidentsSqliteDesignFactory : IDesignTimeDbContextFactory<ResidentsSqliteDbContext>
{
    public ResidentsSqliteDbContext CreateDbContext(string[] args) => new(DesignTime.Sqlite<ResidentsSqliteDbContext>(ResidentsModule.TablePrefix), new DataScope());
}
