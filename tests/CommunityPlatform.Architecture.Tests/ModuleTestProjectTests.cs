namespace CommunityPlatform.Architecture.Tests;

/// <summary>
/// A module is its project, its Contracts and its tests in one folder (DESIGN, "A module"): every module project under
/// <c>modules/</c> has a test project beside it named after it, <c>modules/&lt;Name&gt;/&lt;Project&gt;.Tests/&lt;Project&gt;.Tests.csproj</c>,
/// which the test script finds by that name and runs on both providers.
/// </summary>
public sealed class ModuleTestProjectTests
{
    private static string ModulesFolder => Path.Combine(Modules.RepositoryRoot, "modules");

    public static TheoryData<string> ModuleProjects => [.. ModuleProjectsUnder(ModulesFolder).Select(p => Path.GetRelativePath(Modules.RepositoryRoot, p))];

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_project_has_its_test_project_beside_it(string project) =>
        MissingTestProjects(ModulesFolder).ShouldNotContain(Path.GetFileNameWithoutExtension(project),
            $"{project} needs {Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(project))!, Path.GetFileNameWithoutExtension(project) + ".Tests")}");

    [Fact]
    public void The_rule_finds_the_modules_of_the_repository() =>
        ModuleProjectsUnder(ModulesFolder).ShouldNotBeEmpty();

    [Fact]
    public void The_rule_catches_a_module_without_tests_and_one_whose_tests_are_misnamed()
    {
        var root = Directory.CreateTempSubdirectory("cp-modules-").FullName;
        try
        {
            Project(root, "Tested", "CommunityPlatform.Tested");
            Project(root, "Tested", "CommunityPlatform.Tested.Contracts");
            Project(root, "Tested", "CommunityPlatform.Tested.Tests");
            Project(root, "Untested", "CommunityPlatform.Untested");
            Project(root, "Untested", "CommunityPlatform.Untested.Contracts");
            Project(root, "Misnamed", "CommunityPlatform.Misnamed");
            Project(root, "Misnamed", "CommunityPlatform.Misnamed.Test");
            // A test folder of the right name whose project is named otherwise is no test project of the module.
            Project(root, "Hollow", "CommunityPlatform.Hollow");
            Directory.CreateDirectory(Path.Combine(root, "Hollow", "CommunityPlatform.Hollow.Tests"));
            File.WriteAllText(Path.Combine(root, "Hollow", "CommunityPlatform.Hollow.Tests", "Other.csproj"), "<Project />");

            MissingTestProjects(root).ShouldBe(["CommunityPlatform.Hollow", "CommunityPlatform.Misnamed", "CommunityPlatform.Misnamed.Test", "CommunityPlatform.Untested"], ignoreOrder: true);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void Project(string root, string module, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, module, name)).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), "<Project />");
    }

    /// <summary>The module projects under a modules folder: every project of a module's folder but those of its Contracts and tests folders.</summary>
    private static List<string> ModuleProjectsUnder(string modules) =>
        Directory.EnumerateDirectories(modules)
            .SelectMany(module => Directory.EnumerateDirectories(module))
            .Where(folder => Path.GetFileName(folder) is var name && !name.EndsWith(".Contracts", StringComparison.Ordinal) && !name.EndsWith(".Tests", StringComparison.Ordinal))
            .SelectMany(project => Directory.EnumerateFiles(project, "*.csproj"))
            .ToList();

    /// <summary>The module projects (by name) that have no <c>&lt;Project&gt;.Tests/&lt;Project&gt;.Tests.csproj</c> beside them.</summary>
    private static List<string> MissingTestProjects(string modules) =>
        ModuleProjectsUnder(modules)
            .Select(file => (Name: Path.GetFileNameWithoutExtension(file), Module: Path.GetDirectoryName(Path.GetDirectoryName(file))!))
            .Where(p => !File.Exists(Path.Combine(p.Module, p.Name + ".Tests", p.Name + ".Tests.csproj")))
            .Select(p => p.Name)
            .ToList();
}
