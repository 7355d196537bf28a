using System.Collections.Concurrent;
using System.Collections.Frozen;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Identity.Application;

/// <summary>
/// Computes an account's communities and permissions from its grants once, then answers from memory until a grant,
/// role, account or community changes.
/// </summary>
public sealed class AccountAccessSource(IServiceScopeFactory scopes, PermissionCatalog catalog, ICommunityDirectory directory) : IAccountAccessSource, ISingletonService
{
    private readonly ConcurrentDictionary<Guid, AccountAccess?> cache = new();

    public ValueTask<AccountAccess?> GetAsync(Guid accountId, CancellationToken cancellationToken) =>
        cache.TryGetValue(accountId, out var access) ? ValueTask.FromResult(access) : new(LoadAsync(accountId, cancellationToken));

    public void Invalidate(Guid? accountId = null)
    {
        if (accountId is { } id) cache.TryRemove(id, out _);
        else cache.Clear();
    }

    public void InvalidateStreet(Guid streetId)
    {
        foreach (var (id, access) in cache)
            if (access is { Kind: AccountKind.Street or AccountKind.Display } && access.StreetId == streetId)
                cache.TryRemove(id, out _);
    }

    private async Task<AccountAccess?> LoadAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null || !account.IsActive) return cache[accountId] = null;

        var all = catalog.Permissions.Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        var byCommunity = new Dictionary<Guid, FrozenSet<string>>();
        switch (account.Kind)
        {
            case AccountKind.Street when account.StreetId is { } street:
                // The street's template gives reading and the street's own actions (street-tier permissions, e.g. answering
                // escalated events); never a community write, never a platform permission.
                var readOnly = (catalog.RolesByName.GetValueOrDefault(RoleNames.StreetReadOnly)?.Permissions ?? new HashSet<string>())
                    .Where(p => (catalog.ReadOnlyPermissions.Contains(p) || catalog.IsStreet(p)) && !catalog.IsPlatform(p)).ToFrozenSet(StringComparer.Ordinal);
                foreach (var community in directory.OfStreet(street))
                    byCommunity[community.Id] = readOnly;
                break;
            case AccountKind.Display when account.StreetId is { } screenStreet:
                // The wall display: the big screen of its street's communities, nothing else.
                var screen = new[] { DisplayAccounts.ScreenPermission }.ToFrozenSet(StringComparer.Ordinal);
                foreach (var community in directory.OfStreet(screenStreet))
                    byCommunity[community.Id] = screen;
                break;
            case AccountKind.Community:
                var grants = await db.Grants.AsNoTracking().Where(g => g.AccountId == accountId).ToListAsync(cancellationToken);
                var communities = grants.Select(g => g.CommunityId).Distinct().ToList();
                var custom = await db.CommunityRoles.AsNoTracking().Where(r => communities.Contains(r.CommunityId)).ToListAsync(cancellationToken);
                foreach (var group in grants.GroupBy(g => g.CommunityId).Where(g => directory.Find(g.Key) is not null))
                {
                    var permissions = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var grant in group)
                    {
                        if (catalog.RolesByName.TryGetValue(grant.Role, out var template) && grant.Role != RoleNames.StreetReadOnly) permissions.UnionWith(template.Permissions);
                        else if (custom.FirstOrDefault(r => r.CommunityId == group.Key && r.Name == grant.Role) is { } role) permissions.UnionWith(role.Permissions);
                    }

                    // A community grant gives community permissions only, whatever a role lists (a custom role saved
                    // before the tiers existed, or a template widened by mistake): a secretary never holds a city power.
                    permissions.IntersectWith(catalog.CommunityPermissions);

                    byCommunity[group.Key] = permissions.ToFrozenSet(StringComparer.Ordinal);
                }

                break;
        }

        var access = new AccountAccess(
            account.Id, account.UserName!, account.Kind, account.StreetId, byCommunity.ToFrozenDictionary(), all, account.SecurityStamp ?? "", account.MustChangePassword);
        return cache[accountId] = access;
    }
}
