using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Application;

/// <summary>
/// The roles a community can grant: every module's community templates, plus the community's own roles, which belong
/// to it alone (another community neither sees nor grants them) and hold community permissions only.
/// </summary>
public sealed class RoleService(AccountsDbContext db, PermissionCatalog catalog, RequestContext current, IAccountAccessSource accessSource) : IScopedService
{
    public async Task<IReadOnlyList<RoleDto>> ListAsync(CancellationToken ct)
    {
        var templates = catalog.Roles.Where(r => current.CommunityId is null || IsCommunityTemplate(r.Name)).Select(r => new RoleDto(r.Name, r.Title, r.EnglishTitle, true, r.Permissions.Order(StringComparer.Ordinal).ToList()));
        if (current.CommunityId is not { } community) return templates.ToList();
        var own = await db.CommunityRoles.AsNoTracking().Where(r => r.CommunityId == community).OrderBy(r => r.Name).ToListAsync(ct);
        return templates.Concat(own.Select(r => new RoleDto(r.Name, r.Title, r.Title, false, r.Permissions))).ToList();
    }

    public async Task<RoleDto> CreateAsync(CreateRoleRequest request, CancellationToken ct)
    {
        var community = current.CommunityId
            ?? throw new InvalidInputException(PlatformErrors.CommunityRequired, "X-Community", PlatformErrors.CommunityRequired.Localized());
        var unknown = request.Permissions!.Where(p => !catalog.PermissionsByName.ContainsKey(p)).ToList();
        if (unknown.Count > 0) throw new InvalidInputException(IdentityErrors.UnknownPermission, "permissions", Language.T($"没有这些权限：{string.Join("、", unknown)}", $"Unknown: {string.Join(", ", unknown)}"));
        var aboveTier = request.Permissions!.Where(p => !catalog.CommunityPermissions.Contains(p)).ToList();
        if (aboveTier.Count > 0)
            throw new InvalidInputException(IdentityErrors.PermissionTierNotAllowed, "permissions", Language.T($"不是社区可授予的权限：{string.Join("、", aboveTier)}", $"Not community permissions: {string.Join(", ", aboveTier)}"));
        if (catalog.RolesByName.ContainsKey(request.Name!) || await db.CommunityRoles.AnyAsync(r => r.CommunityId == community && r.Name == request.Name, ct))
            throw new ConflictException(IdentityErrors.RoleTaken);
        var role = new CommunityRole(community, request.Name!, request.Title!.Trim(), request.Permissions!.Distinct().ToList());
        db.CommunityRoles.Add(role);
        await db.SaveChangesAsync(ct);
        accessSource.Invalidate();
        return new RoleDto(role.Name, role.Title, role.Title, false, role.Permissions);
    }

    public IReadOnlyList<PermissionDto> Permissions() =>
        catalog.Permissions.Select(p => new PermissionDto(p.Name, p.Title, p.EnglishTitle, p.Group, p.Module, p.Tier)).ToList();

    /// <summary>Checks that each role can be granted in <paramref name="community"/>: a community template or the community's own role.</summary>
    internal async Task EnsureExistAsync(Guid community, IReadOnlyList<string> roles, CancellationToken ct)
    {
        var custom = await db.CommunityRoles.Where(r => r.CommunityId == community).Select(r => r.Name).ToListAsync(ct);
        var unknown = roles.Where(r => !(catalog.RolesByName.ContainsKey(r) && IsCommunityTemplate(r)) && !custom.Contains(r)).ToList();
        if (unknown.Count > 0) throw new InvalidInputException(IdentityErrors.UnknownRole, "roles", Language.T($"没有这些角色：{string.Join("、", unknown)}", $"Unknown roles: {string.Join(", ", unknown)}"));
    }

    // The street's template is held by street accounts through their kind, never granted in a community.
    private static bool IsCommunityTemplate(string role) => role != RoleNames.StreetReadOnly;
}
