using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.PartyOrganization.Data.MySql;

public sealed class PartyMySqlDbContext(DbContextOptions<PartyMySqlDbContext> options, DataScope scope) : PartyDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseUtf8Mb4();
    }
}

public sealed class PartyMySqlDesignFactory : IDesignTimeDbContextFactory<PartyMySqlDbContext>
{
    public PartyMySqlDbContext CreateDbContext(string[] args) => new(DesignTime.MySql<PartyMySqlDbContext>(PartyOrganizationModule.TablePrefix), new DataScope());
}
