using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>
/// A <c>[Range]</c> compares in its own operand type: <c>[Range(1, 10_000_000)]</c> is an <c>int</c> range, and on a
/// <c>long</c> (money in fen) it converts the value to <c>int</c> first — 2,147,483,648 then throws an overflow the
/// validator does not catch, and the API answers 500 for a bad amount. Every range must be of its member's own type.
/// </summary>
public sealed class RangeTypeTests
{
    [Fact]
    public void Every_range_is_of_the_type_of_the_property_or_parameter_it_guards()
    {
        var mismatches = ProductAssemblies().SelectMany(Mismatches).ToList();

        mismatches.ShouldBeEmpty(string.Join("\n", mismatches));
    }

    [Fact]
    public void The_range_rule_catches_an_int_range_on_a_long()
    {
        var mismatches = Mismatches(typeof(RangeTypeTests).Assembly).ToList();

        mismatches.ShouldContain(m => m.Contains("Violations.AmountInIntRange.AmountFen"));
        mismatches.ShouldContain(m => m.Contains("Violations.AmountInIntRange.Pay(incomeFen)"));
    }

    private static IEnumerable<Assembly> ProductAssemblies()
    {
        var roots = Modules.Kernel.Concat(Modules.Implementations).ToList();
        // The modules' Contracts projects hold the DTOs: reach them through the references of the implementations.
        var contracts = roots.SelectMany(a => a.GetReferencedAssemblies())
            .Where(n => n.Name!.StartsWith("CommunityPlatform.", StringComparison.Ordinal))
            .Select(Assembly.Load);
        return roots.Concat(contracts).DistinctBy(a => a.FullName);
    }

    private static IEnumerable<string> Mismatches(Assembly assembly)
    {
        const BindingFlags declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            foreach (var property in type.GetProperties(declared))
                if (Mismatch(property.GetCustomAttribute<RangeAttribute>(), property.PropertyType) is { } message)
                    yield return $"{type.FullName}.{property.Name}: {message}";

            foreach (var method in type.GetMethods(declared))
            foreach (var parameter in method.GetParameters())
                if (Mismatch(parameter.GetCustomAttribute<RangeAttribute>(), parameter.ParameterType) is { } message)
                    yield return $"{type.FullName}.{method.Name}({parameter.Name}): {message}";
        }
    }

    private static string? Mismatch(RangeAttribute? range, Type memberType)
    {
        if (range is null) return null;
        var type = Nullable.GetUnderlyingType(memberType) ?? memberType;
        return range.OperandType == type ? null : $"a {range.OperandType.Name} range on a {type.Name}";
    }
}
