using CommunityPlatform.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Identity.Data.Sqlite;

public sealed class AccountsSqliteDbContext(DbContextOptions<AccountsSqliteDbContext> options, DataScope scope) : AccountsDbContext(options, scope);

public sealed class AccountsSqliteDesignFactory : IDesignTimeDbContextFactory<AccountsSqliteDbContext>
{
    public AccountsSqliteDbContext CreateDbContext(string[] args) => new(DesignTime.Sqlite<AccountsSqliteDbContext>(IdentityModule.TablePrefix), new DataScope());
}
