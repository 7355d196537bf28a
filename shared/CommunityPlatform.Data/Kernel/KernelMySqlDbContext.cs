using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Data.Kernel;

/// <summary>The kernel context on MySQL/MariaDB; its migrations live in <c>Migrations/MySql</c>.</summary>
public sealed class KernelMySqlDbContext(DbContextOptions<KernelMySqlDbContext> options, DataScope scope) : KernelDbContext(options, scope)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseUtf8Mb4();
    }
}

public sealed class KernelMySqlDesignFactory : IDesignTimeDbContextFactory<KernelMySqlDbContext>
{
    public KernelMySqlDbContext CreateDbContext(string[] args) => new(DesignTime.MySql<KernelMySqlDbContext>("Kernel"), new DataScope());
}
