using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Every module's model matches its last migration: a model change without a migration fails here, not in production.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MigrationTests(PlatformFixture platform)
{
    [Fact]
    public void No_module_has_model_changes_without_a_migration()
    {
        using var scope = platform.Factory.Services.CreateScope();
        var databases = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();

        databases.Select(d => d.TablePrefix).ShouldBe(["Kernel", "Platform", "Identity", "Residents", "Party"], ignoreOrder: true);
        foreach (var database in databases)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            context.Database.HasPendingModelChanges().ShouldBeFalse($"{database.TablePrefix}: run scripts/add-migration.sh");
            context.Database.GetMigrations().ShouldNotBeEmpty();
        }
    }

    [Fact]
    public void Each_module_keeps_its_own_migration_history()
    {
        using var scope = platform.Factory.Services.CreateScope();
        var kernel = scope.ServiceProvider.GetRequiredService<CommunityPlatform.Data.Kernel.KernelDbContext>();

        var tables = kernel.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_Migrations' ESCAPE '\\'").ToList();

        tables.ShouldBe(["__Kernel_Migrations", "__Platform_Migrations", "__Identity_Migrations", "__Residents_Migrations", "__Party_Migrations"], ignoreOrder: true);
    }
}
