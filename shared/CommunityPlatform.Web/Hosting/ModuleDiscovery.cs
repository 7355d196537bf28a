using System.Reflection;
using System.Runtime.Loader;
using CommunityPlatform.Modularity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyModel;

namespace CommunityPlatform.Web.Hosting;

/// <summary>
/// Finds the modules a host has: every project the host's dependency file lists, and every module assembly in the
/// folders of <c>Platform:PluginFolders</c>. Each is loaded once at start-up and its <see cref="PlatformModule"/>
/// classes instantiated. Adding a module is a project reference or a folder copy, never an edit of the host.
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

    public static IReadOnlyList<string> PluginFolders(IConfiguration configuration)
    {
        var section = configuration.GetSection("Platform:PluginFolders");
        var folders = section.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (section.Value is { Length: > 0 } single) folders.AddRange(single.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return folders.Select(Path.GetFullPath).Distinct().ToList();
    }

    /// <summary>
    /// Loads the module assemblies of plug-in folders (searched with their subfolders) into the host's load context,
    /// so that they share the kernel's types and EF Core finds their migrations. An assembly the host has itself is
    /// never loaded from a plug-in folder; other dependencies a plug-in brings resolve from its folder.
    /// </summary>
    public static IReadOnlyList<PlatformModule> FromPluginFolders(IReadOnlyList<string> folders)
    {
        var missing = folders.Where(f => !Directory.Exists(f)).ToList();
        if (missing.Count > 0) throw new ModuleLoadException($"Plug-in folder {string.Join(", ", missing.Select(m => $"'{m}'"))} does not exist.");
        if (folders.Count == 0) return [];

        var files = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.dll", SearchOption.AllDirectories)).ToList();
        var byName = files.GroupBy(f => Path.GetFileNameWithoutExtension(f), StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        AssemblyLoadContext.Default.Resolving += (context, name) =>
            name.Name is { } n && byName.TryGetValue(n, out var file) ? context.LoadFromAssemblyPath(file) : null;

        var modules = new List<PlatformModule>();
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll"))) continue;
            // Loaded already (a second host in the same process): use that copy, a context holds one per name.
            var assembly = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, name, StringComparison.OrdinalIgnoreCase))
                ?? AssemblyLoadContext.Default.LoadFromAssemblyPath(file);
            if (assembly.GetReferencedAssemblies().Any(r => r.Name == typeof(PlatformModule).Assembly.GetName().Name))
                modules.AddRange(ModulesIn(assembly));
        }

        return modules;
    }

    public static IEnumerable<PlatformModule> ModulesIn(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(PlatformModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (PlatformModule)Activator.CreateInstance(t)!);
}
