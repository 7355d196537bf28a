using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Communities.Data.MySql;

public sealed class CommunitiesMySqlDbContext(DbContextOptions<CommunitiesMySqlDbContext> options, DataScope scope) : CommunitiesDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseUtf8Mb4();
    }
}

public sealed class CommunitiesMySqlDesignFactory : IDesignTimeDbContextFactory<CommunitiesMySqlDbContext>
{
    public CommunitiesMySqlDbContext CreateDbContext(string[] args) => new(DesignTime.MySql<CommunitiesMySqlDbContext>(CommunitiesModule.TablePrefix), new DataScope());
}
