using System.Xml.Linq;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>
/// The seed generator builds the benchmark databases the host then starts on: with a module fewer, the host finds
/// that module's migrations missing and never becomes ready. So it references the host itself, and through it exactly
/// the host's modules, never a module of its own choosing.
/// </summary>
public sealed class GeneratorTests
{
    [Fact]
    public void The_seed_generator_takes_its_modules_from_the_host()
    {
        ProjectReferences("seeds/CommunityPlatform.SeedGenerator/CommunityPlatform.SeedGenerator.csproj").ShouldBe(["CommunityPlatform.Host"]);
    }

    private static IReadOnlyList<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(Modules.RepositoryRoot, project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();
}
