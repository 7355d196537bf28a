using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Data.Kernel;

/// <summary>The kernel context on SQLite; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class KernelSqliteDbContext(DbContextOptions<KernelSqliteDbContext> options, DataScope scope) : KernelDbContext(options, scope);

public sealed class KernelSqliteDesignFactory : IDesignTimeDbContextFactory<KernelSqliteDbContext>
{
    public KernelSqliteDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Sqlite<KernelSqliteDbContext>("Kernel"), new DataScope());
}
