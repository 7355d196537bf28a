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
    public void Every_module_with_a_context_has_a_design_time_factory_for_each_provider()
    {
        var withContexts = Modules.Implementations
            .Where(a => a.GetTypes().Any(t => t is { IsAbstract: false, IsClass: true } && typeof(DbContext).IsAssignableFrom(t)))
            .ToList();
        withContexts.ShouldNotBeEmpty();

        foreach (var assembly in withContexts.Append(typeof(KernelDbContext).Assembly))
        {
            var names = FactoryTypes().Where(t => t.Assembly == assembly).Select(t => t.Name).ToList();
            names.ShouldContain(n => n.Contains("Sqlite"), $"{assembly.GetName().Name} has no SQLite design-time factory");
            names.ShouldContain(n => n.Contains("MySql"), $"{assembly.GetName().Name} has no MySQL design-time factory");
        }
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
