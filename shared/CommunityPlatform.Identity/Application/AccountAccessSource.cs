using System.Collections.Concurrent;
using System.Collections.Frozen;
using CommunityPlatform.Cluster;
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
/// role, account or community changes — here, or on another host instance, which says so through the cluster channel
/// (the security stamp in the cached access is what ends an old token or session, decision 0012).
/// </summary>
public sealed class AccountAccessSource : IAccountAccessSource, ISingletonService
{
    public const string Topic = "account-access";

    private readonly ConcurrentDictionary<Guid, Entry> cache = new();
    private readonly IServiceScopeFactory scopes;
    private readonly PermissionCatalog catalog;
    private readonly ICommunityDirectory directory;
    private readonly IClusterChannel channel;
    private int forgotten;

    public AccountAccessSource(IServiceScopeFactory scopes, PermissionCatalog catalog, ICommunityDirectory directory, IClusterChannel channel)
    {
        this.scopes = scopes;
        this.catalog = catalog;
        this.directory = directory;
        this.channel = channel;
        channel.Listen(Topic, Heard);
        channel.OnResumed(() => Forget(null));
    }

    public ValueTask<AccountAccess?> GetAsync(Guid accountId, CancellationToken cancellationToken) =>
        cache.TryGetValue(accountId, out var entry) && entry.Since.IsFresh(channel)
            ? ValueTask.FromResult(entry.Access)
            : new(LoadAsync(accountId, cancellationToken));

    public void Invalidate(Guid? accountId = null)
    {
        Forget(accountId);
        channel.Tell(Topic, accountId is { } id ? $"account:{id}" : "all");
    }

    public void InvalidateStreet(Guid streetId)
    {
        ForgetStreet(streetId);
        channel.Tell(Topic, $"street:{streetId}");
    }

    private void Heard(string message)
    {
        switch (message.Split(':'))
        {
            case ["account", var id] when Guid.TryParse(id, out var account):
                Forget(account);
                break;
            case ["street", var id] when Guid.TryParse(id, out var street):
                ForgetStreet(street);
                break;
            default:
                Forget(null);
                break;
        }
    }

    private void Forget(Guid? accountId)
    {
        Interlocked.Increment(ref forgotten);
        if (accountId is { } id) cache.TryRemove(id, out _);
        else cache.Clear();
    }

    private void ForgetStreet(Guid streetId)
    {
        Interlocked.Increment(ref forgotten);
        foreach (var (id, entry) in cache)
            if (entry.Access is { Kind: AccountKind.Street or AccountKind.Display } && entry.Access.StreetId == streetId)
                cache.TryRemove(id, out _);
    }

    private async Task<AccountAccess?> LoadAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var since = CachedSince.Now;
        var seen = Volatile.Read(ref forgotten);
        var access = await ReadAsync(accountId, cancellationToken);
        // A change heard of during the read may be missing from it: answer this request, keep it for none.
        if (seen == Volatile.Read(ref forgotten)) cache[accountId] = new Entry(since, access);
        return access;
    }

    private async Task<AccountAccess?> ReadAsync(Guid accountId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null || !account.IsActive) return null;

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

        return new AccountAccess(
            account.Id, account.UserName!, account.Kind, account.StreetId, byCommunity.ToFrozenDictionary(), all, account.SecurityStamp ?? "", account.MustChangePassword);
    }

    private sealed record Entry(CachedSince Since, AccountAccess? Access);
}
