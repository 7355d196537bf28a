using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
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
        (ModuleCandidates(assembly) ?? assembly.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(PlatformModule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (PlatformModule)Activator.CreateInstance(t)!);

    /// <summary>
    /// The classes of <paramref name="assembly"/> that may be modules, read from its metadata without loading its types:
    /// those that derive from a class named <c>PlatformModule</c> or from a class of the same assembly. Loading every
    /// type of every project the host references cost ~45 ms of a start, on its one thread, for ten classes. Null when
    /// the assembly has no file to read (then every type is looked at).
    /// </summary>
    private static IEnumerable<Type>? ModuleCandidates(Assembly assembly)
    {
        if (assembly.IsDynamic || assembly.Location is not { Length: > 0 } path) return null;
        using var file = new PEReader(File.OpenRead(path));
        var metadata = file.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if ((type.Attributes & (TypeAttributes.Abstract | TypeAttributes.Interface)) != 0) continue;
            var candidate = type.BaseType.Kind switch
            {
                HandleKind.TypeReference => metadata.StringComparer.Equals(metadata.GetTypeReference((TypeReferenceHandle)type.BaseType).Name, nameof(PlatformModule)),
                HandleKind.TypeDefinition => true,
                _ => false,
            };
            if (candidate) names.Add(ReflectionName(metadata, type));
        }

        return names.Select(name => assembly.GetType(name, throwOnError: false)).OfType<Type>().ToList();
    }

    // Namespace.Outer+Inner, the form Assembly.GetType reads.
    private static string ReflectionName(MetadataReader metadata, TypeDefinition type)
    {
        var name = metadata.GetString(type.Name);
        return type.GetDeclaringType() is { IsNil: false } outer
            ? ReflectionName(metadata, metadata.GetTypeDefinition(outer)) + "+" + name
            : type.Namespace.IsNil ? name : metadata.GetString(type.Namespace) + "." + name;
    }
}
