using NetArchTest.Rules;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>Domain code and the kernel's core know nothing of EF Core or ASP.NET Core.</summary>
public sealed class LayeringTests
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"];

    public static TheoryData<string> ModuleNames => [.. Modules.Implementations.Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Domain_code_references_neither_EF_Core_nor_ASP_NET_Core(string module)
    {
        var assembly = Modules.Implementations.Single(a => a.GetName().Name == module);

        var result = Types.InAssembly(assembly).That().ResideInNamespaceEndingWith(".Domain")
            // Identity's account is the user type of ASP.NET Core Identity's store: it has to derive from IdentityUser.
            .And().DoNotHaveName("Account")
            .ShouldNot().HaveDependencyOnAny(Frameworks).GetResult();

        result.IsSuccessful.ShouldBeTrue($"{string.Join(", ", result.FailingTypeNames ?? [])}");
    }

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
