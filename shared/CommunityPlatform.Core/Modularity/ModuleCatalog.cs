namespace CommunityPlatform.Modularity;

/// <summary>The installed modules in dependency order: a module comes after every module it depends on.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, PlatformModule> byName;

    private ModuleCatalog(IReadOnlyList<PlatformModule> ordered)
    {
        Modules = ordered;
        byName = ordered.ToDictionary(m => m.Info.Name, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<PlatformModule> Modules { get; }

    public PlatformModule? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>Orders the modules; throws <see cref="ModuleLoadException"/> naming the module on a missing dependency or a cycle.</summary>
    public static ModuleCatalog Create(IEnumerable<PlatformModule> modules)
    {
        var all = new Dictionary<string, PlatformModule>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in modules)
        {
            if (!all.TryAdd(module.Info.Name, module))
                throw new ModuleLoadException($"Module '{module.Info.Name}' is installed twice.");
        }

        foreach (var module in all.Values)
        {
            var missing = module.Info.DependsOn.Where(d => !all.ContainsKey(d)).ToList();
            if (missing.Count > 0)
                throw new ModuleLoadException(
                    $"Module '{module.Info.Name}' depends on {string.Join(", ", missing.Select(m => $"'{m}'"))}, which is not installed.");
        }

        var ordered = new List<PlatformModule>(all.Count);
        var state = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase); // false: visiting, true: done
        foreach (var module in all.Values.OrderBy(m => m.Info.IsPlatform ? 0 : 1).ThenBy(m => m.Info.Name, StringComparer.Ordinal))
            Visit(module, []);
        return new ModuleCatalog(ordered);

        void Visit(PlatformModule module, List<string> path)
        {
            if (state.TryGetValue(module.Info.Name, out var done))
            {
                if (done) return;
                var cycle = path.SkipWhile(p => !p.Equals(module.Info.Name, StringComparison.OrdinalIgnoreCase)).Append(module.Info.Name);
                throw new ModuleLoadException(
                    $"Module '{module.Info.Name}' is part of a dependency cycle: {string.Join(" -> ", cycle)}.");
            }

            state[module.Info.Name] = false;
            path.Add(module.Info.Name);
            foreach (var dependency in module.Info.DependsOn)
                Visit(all[dependency], path);
            path.RemoveAt(path.Count - 1);
            state[module.Info.Name] = true;
            ordered.Add(module);
        }
    }
}

/// <summary>The host cannot start with this set of modules.</summary>
public sealed class ModuleLoadException(string message) : Exception(message);
