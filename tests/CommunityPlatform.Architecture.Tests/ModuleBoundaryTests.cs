using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>A module may use the kernel and other modules' Contracts, never another module's implementation.</summary>
public sealed partial class ModuleBoundaryTests
{
    public static TheoryData<string> ModuleNames => [.. Modules.Implementations.Select(a => a.GetName().Name!)];

    /// <summary>
    /// Every module project in the repository (a project with a <c>PlatformModule</c> of its own, outside the samples of
    /// plug-ins) is referenced by the host and so under every test here: a module left out of the host would escape them.
    /// </summary>
    [Fact]
    public void Every_module_of_the_repository_is_in_the_host()
    {
        var inRepository = Directory.EnumerateFiles(Path.Combine(Modules.RepositoryRoot, "shared"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Modules.RepositoryRoot, "modules"), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && ModuleClass().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetFileNameWithoutExtension(ProjectOf(file)))
            .Distinct()
            .ToList();

        inRepository.ShouldNotBeEmpty();
        Modules.Implementations.Select(a => a.GetName().Name!).ShouldBe(inRepository, ignoreOrder: true);
    }

    private static string ProjectOf(string file)
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(file)!);
        while (!dir.EnumerateFiles("*.csproj").Any()) dir = dir.Parent!;
        return dir.EnumerateFiles("*.csproj").Single().FullName;
    }

    [GeneratedRegex(@"class\s+\w+\s*:\s*PlatformModule\b")]
    private static partial Regex ModuleClass();

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_uses_no_type_of_another_modules_implementation(string module)
    {
        var assembly = Modules.Implementations.Single(a => a.GetName().Name == module);

        var result = UsesOtherImplementations(Types.InAssembly(assembly).That().ResideInNamespaceStartingWith("CommunityPlatform"), assembly);

        result.IsSuccessful.ShouldBeTrue($"{module} uses {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void The_boundary_rule_catches_a_type_that_crosses_it()
    {
        var violations = Types.InAssembly(typeof(ModuleBoundaryTests).Assembly).That().ResideInNamespace("CommunityPlatform.Architecture.Tests.Violations");

        var result = UsesOtherImplementations(violations, typeof(ModuleBoundaryTests).Assembly);

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldContain("CommunityPlatform.Architecture.Tests.Violations.ReachesIntoResidents");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_project_references_only_the_kernel_and_contracts(string module)
    {
        var project = Directory.EnumerateFiles(Modules.RepositoryRoot, $"{module}.csproj", SearchOption.AllDirectories).Single();

        BadReferences(File.ReadAllText(project)).ShouldBeEmpty();
    }

    [Fact]
    public void The_project_rule_catches_a_reference_to_an_implementation()
    {
        const string project = """<ProjectReference Include="../../../shared/CommunityPlatform.Residents/CommunityPlatform.Residents.csproj" />""";

        BadReferences(project).ShouldBe(["CommunityPlatform.Residents"]);
    }

    private static TestResult UsesOtherImplementations(PredicateList types, Assembly own) =>
        types.ShouldNot().HaveDependencyOnAny(Modules.Implementations.Where(a => a != own).SelectMany(Modules.TypesOf).ToArray()).GetResult();

    private static List<string> BadReferences(string project)
    {
        var kernel = Modules.Kernel.Select(a => a.GetName().Name!).ToHashSet();
        return ProjectReference().Matches(project).Select(m => m.Groups[1].Value)
            .Where(name => !kernel.Contains(name) && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex(@"ProjectReference\s+Include=""[^""]*?([\w.]+)\.csproj""")]
    private static partial Regex ProjectReference();
}
