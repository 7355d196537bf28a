using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Residents.Data.MySql;

public sealed class ResidentsMySqlDbContext(DbContextOptions<ResidentsMySqlDbContext> options, DataScope scope) : ResidentsDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseUtf8Mb4();
    }
}

public sealed class ResidentsMySqlDesignFactory : IDesignTimeDbContextFactory<ResidentsMySqlDbContext>
{
    public ResidentsMySqlDbContext CreateDbContext(string[] args) => new(DesignTime.MySql<ResidentsMySqlDbContext>(ResidentsModule.TablePrefix), new DataScope());
}
