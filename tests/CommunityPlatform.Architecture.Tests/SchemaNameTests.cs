using System.Reflection;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>
/// The OpenAPI document names a schema by its type's short name, so two modules' <c>AttendanceDto</c> become one
/// schema and every client reads one module's answer in the other's shape — silently. Types the API can carry
/// (the public types of the kernel and of every Contracts project) therefore have names of their own; two types of
/// one name pass only when they carry the same properties, so the one schema describes both truly.
/// </summary>
public sealed class SchemaNameTests
{
    [Fact]
    public void No_two_types_the_api_can_carry_share_a_name_with_different_shapes()
    {
        var clashes = Clashes(ApiAssemblies()).ToList();

        clashes.ShouldBeEmpty(string.Join("\n", clashes));
    }

    [Fact]
    public void The_schema_name_rule_catches_a_second_grid_dto()
    {
        var clashes = Clashes(ApiAssemblies().Append(typeof(SchemaNameTests).Assembly)).ToList();

        clashes.ShouldContain(c => c.Contains("Violations.GridDto"));
    }

    private static IEnumerable<Assembly> ApiAssemblies()
    {
        var roots = Modules.Kernel.Concat(Modules.Implementations).ToList();
        var contracts = roots.SelectMany(a => a.GetReferencedAssemblies())
            .Where(n => n.Name!.StartsWith("CommunityPlatform.", StringComparison.Ordinal) && n.Name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(Assembly.Load);
        return Modules.Kernel.Concat(contracts).DistinctBy(a => a.FullName);
    }

    private static IEnumerable<string> Clashes(IEnumerable<Assembly> assemblies) =>
        assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsPublic || t.IsNestedPublic)
            .Where(t => !t.IsInterface && !t.IsAbstract && !t.Name.Contains('`') && !t.Name.Contains('<'))
            .GroupBy(t => t.Name)
            .Where(g => g.Select(Shape).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}");

    private static string Shape(Type type) => type.IsEnum
        ? string.Join(",", Enum.GetNames(type))
        : string.Join(",", type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{p.Name}:{p.PropertyType.Name}").Order());
}
