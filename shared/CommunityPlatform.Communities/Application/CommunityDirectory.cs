using CommunityPlatform.Communities.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Communities.Application;

/// <summary>
/// Every community of the city in memory (a few hundred bytes each, so a province fits), loaded on first use and
/// rebuilt when a community changes. The request path resolves <c>X-Community</c> here without a query.
/// </summary>
public sealed class CommunityDirectory(IServiceScopeFactory scopes, DatabaseSecrets secrets) : ICommunityDirectory, ISingletonService
{
    private readonly Lock loading = new();
    private volatile Snapshot? snapshot;

    public IReadOnlyCollection<CommunityInfo> All => Current.ById.Values;

    public CommunityInfo? Find(Guid id) => Current.ById.GetValueOrDefault(id);

    public CommunityInfo? FindByCode(string code) => Current.ByCode.GetValueOrDefault(code);

    public IEnumerable<CommunityInfo> OfStreet(Guid streetId) => Current.ById.Values.Where(c => c.StreetId == streetId);

    public void Reload()
    {
        lock (loading) snapshot = Load();
    }

    private Snapshot Current => snapshot ?? LoadOnce();

    private Snapshot LoadOnce()
    {
        lock (loading) return snapshot ??= Load();
    }

    private Snapshot Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>();
        var all = db.Communities.AsNoTracking().OrderBy(c => c.Code)
            .Select(c => new { c.Id, c.Code, c.Name, c.StreetId, c.ProtectedDatabase }).AsEnumerable()
            .Select(c => new CommunityInfo(c.Id, c.Code, c.Name, c.StreetId, c.ProtectedDatabase is null ? null : secrets.Unprotect(c.ProtectedDatabase)))
            .ToList();
        return new Snapshot(
            all.ToDictionary(c => c.Id),
            all.ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record Snapshot(Dictionary<Guid, CommunityInfo> ById, Dictionary<string, CommunityInfo> ByCode);
}
