using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Identity.Data.MySql;

public sealed class AccountsMySqlDbContext(DbContextOptions<AccountsMySqlDbContext> options, DataScope scope) : AccountsDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseUtf8Mb4();
    }
}

public sealed class AccountsMySqlDesignFactory : IDesignTimeDbContextFactory<AccountsMySqlDbContext>
{
    public AccountsMySqlDbContext CreateDbContext(string[] args) => new(DesignTime.MySql<AccountsMySqlDbContext>(IdentityModule.TablePrefix), new DataScope());
}
