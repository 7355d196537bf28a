using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.Identity;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement;

/// <summary>
/// Who is acting in this request: the signed-in account, or the module that called in. Steps, patrols and visits name
/// the worker as residents and colleagues know them — the name of the account's post on a grid (吴丽 rather than
/// <c>wuyijie-gridworker</c>), else the account's display name; only an account with neither is named by its login.
/// </summary>
public sealed class Actors(RequestContext current, GridDbContext db, IAccountDirectory accounts) : IScopedService
{
    private Actor? known;

    /// <summary>The actor as far as known without a query: after <see cref="CurrentAsync"/>, by the post's name.</summary>
    public Actor Current => known ?? new(current.AccountId, current.AccountName);

    /// <summary>The actor named by their post on a grid, looked up once per request.</summary>
    public async Task<Actor> CurrentAsync(CancellationToken ct)
    {
        if (known is not null) return known;
        var name = current.AccountId is { } account
            ? await db.Staff.AsNoTracking().Where(s => s.AccountId == account).OrderBy(s => s.Name).Select(s => s.Name).FirstOrDefaultAsync(ct)
            : null;
        if (name is null && current.AccountId is { } id) name = await accounts.DisplayNameAsync(id, ct);
        return known = new(current.AccountId, name ?? current.AccountName);
    }

    public bool May(string permission) => current.Has(permission);
}
