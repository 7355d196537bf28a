using System.Collections.Frozen;
using CommunityPlatform.Modularity;

namespace CommunityPlatform.Permissions;

/// <summary>Every permission and role template of the installed modules, built once at start-up.</summary>
public sealed class PermissionCatalog
{
    public PermissionCatalog(ModuleCatalog modules)
    {
        var permissions = new PermissionBuilder();
        var roles = new RoleTemplateBuilder();
        foreach (var module in modules.Modules)
        {
            module.DefinePermissions(permissions.ForModule(module.Info.Name));
            module.DefineRoles(roles);
        }

        Permissions = permissions.Definitions;
        PermissionsByName = Permissions.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        CommunityPermissions = Permissions.Where(p => p.Tier == PermissionTier.Community).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        ReadOnlyPermissions = Permissions.Where(p => p.ReadOnly).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        Roles = roles.Build();
        RolesByName = Roles.ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);

        // A role template is granted in a community (the street's template to street accounts): one listing a permission
        // above its tier would hand it out. Platform permissions belong to no template: the city holds them all.
        var misplaced = Roles.SelectMany(r => r.Permissions.Where(p => PermissionsByName.TryGetValue(p, out var d)
                && (d.Tier == PermissionTier.Platform || (d.Tier == PermissionTier.Street && r.Name != RoleNames.StreetReadOnly)))
            .Select(p => (r.Name, p))).FirstOrDefault();
        if (misplaced != default)
            throw new ModuleLoadException($"Role template '{misplaced.Name}' grants '{misplaced.p}', which is above the template's tier.");

        var unknown = Roles.SelectMany(r => r.Permissions.Where(p => !PermissionsByName.ContainsKey(p)).Select(p => (r.Name, p))).FirstOrDefault();
        if (unknown != default)
            throw new ModuleLoadException($"Role template '{unknown.Name}' grants '{unknown.p}', which no module defines.");
    }

    public IReadOnlyList<PermissionDefinition> Permissions { get; }
    public FrozenDictionary<string, PermissionDefinition> PermissionsByName { get; }
    public IReadOnlyList<RoleTemplate> Roles { get; }
    public FrozenDictionary<string, RoleTemplate> RolesByName { get; }

    /// <summary>Permissions a community role may hold (<see cref="PermissionTier.Community"/>).</summary>
    public FrozenSet<string> CommunityPermissions { get; }

    /// <summary>Whether only a city account may hold <paramref name="permission"/> (unknown names are treated as such: fail closed).</summary>
    public bool IsPlatform(string permission) => !PermissionsByName.TryGetValue(permission, out var p) || p.Tier == PermissionTier.Platform;

    /// <summary>Whether <paramref name="permission"/> is a street's own action over its communities (<see cref="PermissionTier.Street"/>).</summary>
    public bool IsStreet(string permission) => PermissionsByName.TryGetValue(permission, out var p) && p.Tier == PermissionTier.Street;

    /// <summary>
    /// Permissions that only read: what a street supervisor may hold. By convention their names end in <c>.View</c>;
    /// a permission that widens what is read (the whole registry, every area) is declared read-only where it is defined.
    /// </summary>
    public FrozenSet<string> ReadOnlyPermissions { get; }
}
