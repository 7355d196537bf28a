using CommunityPlatform.Modularity;

namespace CommunityPlatform.Core.Tests;

public sealed class ModuleCatalogTests
{
    private sealed class Sample(string name, params string[] dependsOn) : PlatformModule
    {
        public override ModuleInfo Info { get; } = new(name, name, name, new Version(1, 0), dependsOn);
    }

    [Fact]
    public void Modules_come_after_the_modules_they_depend_on()
    {
        var catalog = ModuleCatalog.Create([new Sample("Grid", "Party"), new Sample("Party", "Residents"), new Sample("Residents")]);

        catalog.Modules.Select(m => m.Info.Name).ShouldBe(["Residents", "Party", "Grid"]);
    }

    [Fact]
    public void A_missing_dependency_names_the_module_and_what_it_misses()
    {
        var error = Should.Throw<ModuleLoadException>(() => ModuleCatalog.Create([new Sample("Grid", "Party")]));

        error.Message.ShouldContain("'Grid'");
        error.Message.ShouldContain("'Party'");
    }

    [Fact]
    public void A_cycle_is_refused_with_its_path()
    {
        var error = Should.Throw<ModuleLoadException>(() => ModuleCatalog.Create([new Sample("A", "B"), new Sample("B", "C"), new Sample("C", "A")]));

        error.Message.ShouldContain("cycle");
        error.Message.ShouldContain("A -> B -> C -> A");
    }

    [Fact]
    public void A_module_installed_twice_is_refused()
    {
        Should.Throw<ModuleLoadException>(() => ModuleCatalog.Create([new Sample("A"), new Sample("a")]));
    }

    [Fact]
    public void Names_are_found_whatever_their_case()
    {
        ModuleCatalog.Create([new Sample("PartyOrganization")]).Find("partyorganization").ShouldNotBeNull();
    }
}
