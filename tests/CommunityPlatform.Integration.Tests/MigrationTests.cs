using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Each module migrates on its own: its own history table in the shared database.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MigrationTests(PlatformFixture platform)
{
    [Fact]
    public void Each_module_keeps_its_own_migration_history()
    {
        using var scope = platform.Factory.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<CommunityPlatform.Data.Kernel.KernelDbContext>();

        var sql = platform.Factory.OnMySql
            ? "SELECT TABLE_NAME AS Value FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE '%\\_Migrations'"
            : "SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_Migrations' ESCAPE '\\'";
        var tables = kernel.Database.SqlQueryRaw<string>(sql).ToList();

        // The platform's and the first modules' histories; a module added later brings its own (no test counts modules: decision 0013).
        new[] { "__Kernel_Migrations", "__Platform_Migrations", "__Identity_Migrations", "__Residents_Migrations", "__Party_Migrations", "__Grid_Migrations" }.ShouldBeSubsetOf(tables);
        tables.ShouldBeUnique();
    }
}
