using System.Xml.Linq;

namespace CommunityPlatform.Architecture.Tests;

/// <summary>
/// The seed generator builds the benchmark databases the host then starts on: with a module fewer, the host finds
/// that module's migrations missing and never becomes ready.
/// </summary>
public sealed class GeneratorTests
{
    [Fact]
    public void The_seed_generator_installs_every_module_the_host_does()
    {
        ModuleReferences("seeds/CommunityPlatform.SeedGenerator/CommunityPlatform.SeedGenerator.csproj")
            .ShouldBe(ModuleReferences("host/CommunityPlatform.Host/CommunityPlatform.Host.csproj"), ignoreOrder: true);
    }

    private static IReadOnlyList<string> ModuleReferences(string project) =>
        XDocument.Load(Path.Combine(Modules.RepositoryRoot, project)).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .Where(name => name != "CommunityPlatform.Web")
            .ToList();
}
