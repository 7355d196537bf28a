using NetArchTest.Rules;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>Domain code and the kernel's core know nothing of EF Core or ASP.NET Core.</summary>
public sealed class LayeringTests
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"];

    public static TheoryData<string> ModuleNames => [.. Modules.Implementations.Select(a => a.GetName().Name!)];

    /// <summary>
    /// Domain code is found by what it is, not where it lies: the entities (whatever feature folder holds them) and
    /// anything in a <c>.Domain</c> namespace.
    /// </summary>
    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Domain_code_references_neither_EF_Core_nor_ASP_NET_Core(string module)
    {
        var assembly = Modules.Implementations.Single(a => a.GetName().Name == module);

        var result = DomainTypes(assembly)
            // Identity's account is the user type of ASP.NET Core Identity's store: it has to derive from IdentityUser.
            .And().DoNotHaveName("Account")
            .ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_module_with_records_has_its_domain_code_under_this_rule(string module)
    {
        var assembly = Modules.Implementations.Single(a => a.GetName().Name == module);
        if (!assembly.GetTypes().Any(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t))) return;

        DomainTypes(assembly).GetTypes().ShouldNotBeEmpty($"{module} has a context but no entity the layering rule sees");
    }

    private static PredicateList DomainTypes(System.Reflection.Assembly assembly) =>
        Types.InAssembly(assembly).That().Inherit(typeof(CommunityPlatform.Domain.Entity)).Or().ResideInNamespaceEndingWith(".Domain");

    [Fact]
    public void The_kernel_core_references_neither_EF_Core_nor_ASP_NET_Core()
    {
        var result = Types.InAssembly(Modules.Kernel[0]).ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_layering_rule_catches_domain_code_that_uses_EF_Core()
    {
        var result = Types.InAssembly(typeof(LayeringTests).Assembly).That().ResideInNamespaceEndingWith(".Domain")
            .ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldContain("CommunityPlatform.Architecture.Tests.Violations.Domain.KnowsItsTable");
    }
}
