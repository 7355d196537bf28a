using System.Reflection;
using CommunityPlatform.Modularity;
using Microsoft.Extensions.DependencyModel;

namespace CommunityPlatform.Web.Hosting;

/// <summary>
/// Finds the modules a host references: every project the host's dependency file lists is loaded once at start-up
/// and its <see cref="PlatformModule"/> classes instantiated. Adding a module is a project reference, nothing else.
/// </summary>
public static class ModuleDiscovery
{
    public static IReadOnlyList<PlatformModule> FromReferences(Assembly host)
    {
        var context = DependencyContext.Load(host) ?? throw new ModuleLoadException($"No dependency file for {host.GetName().Name}.");
        return context.RuntimeLibraries
            .Where(l => l.Type == "project")
            .Select(l => Assembly.Load(new AssemblyName(l.Name)))
            .Append(host)
            .Distinct()
            .SelectMany(ModulesIn)
            .ToList();
    }

    public static IEnumerable<PlatformModule> ModulesIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(PlatformModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (PlatformModule)Activator.CreateInstance(t)!);
}
