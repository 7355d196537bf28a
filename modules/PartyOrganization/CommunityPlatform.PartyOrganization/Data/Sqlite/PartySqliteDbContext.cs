using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.PartyOrganization.Data.Sqlite;

public sealed class PartySqliteDbContext(DbContextOptions<PartySqliteDbContext> options, DataScope scope) : PartyDbContext(options, scope);

public sealed class PartySqliteDesignFactory : IDesignTimeDbContextFactory<PartySqliteDbContext>
{
    public PartySqliteDbContext CreateDbContext(string[] args) => new(DesignTime.Sqlite<PartySqliteDbContext>(PartyOrganizationModule.TablePrefix), new DataScope());
}
