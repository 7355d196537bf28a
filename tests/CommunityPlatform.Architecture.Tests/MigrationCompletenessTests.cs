using CommunityPlatform.Data.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>
/// For every module and every provider, the model matches the last migration: a model change left without
/// <c>scripts/add-migration.sh</c> fails here. Uses the design-time factories, so no database is needed.
/// </summary>
public sealed class MigrationCompletenessTests
{
    public static TheoryData<string> Factories => [.. FactoryTypes().Select(t => t.FullName!)];

    private static IEnumerable<Type> FactoryTypes() =>
        Modules.Implementations.Append(typeof(KernelDbContext).Assembly)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)))
            .OrderBy(t => t.FullName);

    [Fact]
    public void Every_module_has_a_design_time_factory_for_each_provider()
    {
        var names = FactoryTypes().Select(t => t.Name).ToList();

        names.Count(n => n.Contains("Sqlite")).ShouldBe(6);
        names.Count(n => n.Contains("MySql")).ShouldBe(6);
    }

    [Theory]
    [MemberData(nameof(Factories))]
    public void The_model_has_no_changes_without_a_migration(string factoryName)
    {
        var factoryType = FactoryTypes().Single(t => t.FullName == factoryName);
        var factory = Activator.CreateInstance(factoryType)!;
        using var context = (DbContext)factoryType.GetMethod("CreateDbContext")!.Invoke(factory, [Array.Empty<string>()])!;

        context.Database.GetMigrations().ShouldNotBeEmpty();
        context.Database.HasPendingModelChanges().ShouldBeFalse($"{context.GetType().Name}: run scripts/add-migration.sh <Name>");
    }
}
