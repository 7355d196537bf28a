using System.Collections.Concurrent;
using CommunityPlatform.Cluster;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Communities.Application;

/// <summary>
/// Every community of the city in memory (a few hundred bytes each, so a province fits), loaded on first use and
/// rebuilt when communities change wholesale, and updated one entry at a time when one community is created or edited. The request path resolves <c>X-Community</c> here without a query.
/// A change made on another host instance arrives as a message and makes this one read the city again.
/// </summary>
public sealed class CommunityDirectory : ICommunityDirectory, ISingletonService
{
    public const string Topic = "communities";

    private readonly IServiceScopeFactory scopes;
    private readonly DatabaseSecrets secrets;
    private readonly DatabaseSettings settings;
    private readonly IClusterChannel channel;
    private readonly Lock loading = new();
    private volatile Snapshot? snapshot;
    private int forgotten;

    public CommunityDirectory(IServiceScopeFactory scopes, DatabaseSecrets secrets, DatabaseSettings settings, IClusterChannel channel)
    {
        this.scopes = scopes;
        this.secrets = secrets;
        this.settings = settings;
        this.channel = channel;
        channel.Listen(Topic, _ => Forget());
        channel.OnResumed(Forget);
    }

    public IReadOnlyCollection<CommunityInfo> All => [.. Current.ById.Values];

    public CommunityInfo? Find(Guid id) => Current.ById.GetValueOrDefault(id);

    public CommunityInfo? FindByCode(string code) => Current.ByCode.GetValueOrDefault(code);

    public IEnumerable<CommunityInfo> OfStreet(Guid streetId) => Current.ById.Values.Where(c => c.StreetId == streetId);

    public void Reload()
    {
        lock (loading) snapshot = Load();
        channel.Tell(Topic, "*");
    }

    /// <summary>Reads one community again: creating or editing one costs one row, not the whole city.</summary>
    public void Refresh(Guid id)
    {
        lock (loading)
        {
            channel.Tell(Topic, id.ToString());
            if (snapshot is not { } current)
            {
                snapshot = Load();
                return;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>();
            var info = Read(db.Communities.AsNoTracking().Where(c => c.Id == id)).SingleOrDefault();
            if (current.ById.TryGetValue(id, out var former) && (info is null || !string.Equals(former.Code, info.Code, StringComparison.OrdinalIgnoreCase)))
                current.ByCode.TryRemove(former.Code, out _);
            if (info is null)
            {
                current.ById.TryRemove(id, out _);
                return;
            }

            current.ById[id] = info;
            current.ByCode[info.Code] = info;
        }
    }

    private Snapshot Current => snapshot is { } loaded && loaded.Since.IsFresh(channel) ? loaded : LoadOnce();

    private Snapshot LoadOnce()
    {
        lock (loading)
        {
            if (snapshot is { } again && again.Since.IsFresh(channel)) return again;
            var seen = Volatile.Read(ref forgotten);
            var read = Load();
            // A change heard of during the read may be missing from it: use it for this request, keep it for none.
            if (seen == Volatile.Read(ref forgotten)) snapshot = read;
            return read;
        }
    }

    private void Forget()
    {
        Interlocked.Increment(ref forgotten);
        snapshot = null;
    }

    // The whole city over a plain connection: the directory is loaded at the start, and reading it through the
    // context would build the communities model there (a trace put ~0.4 s of the start in it). Refresh, which is
    // rare and after the start, goes through the context.
    private Snapshot Load()
    {
        var since = CachedSince.Now;
        string Q(string name) => PlainQuery.Quote(settings, name);
        var sql = $"SELECT {Q("Id")}, {Q("Code")}, {Q("Name")}, {Q("StreetId")}, {Q("ProtectedDatabase")} FROM {Q(CommunitiesDbContext.CommunitiesTable)} WHERE NOT {Q("IsDeleted")}";
        var all = PlainQuery.ReadAsync(settings, sql).ToBlockingEnumerable()
            .Select(r => new CommunityInfo(PlainQuery.AsGuid(r[0]), (string)r[1], (string)r[2], PlainQuery.AsGuid(r[3]),
                r[4] is string protectedDatabase ? secrets.Unprotect(protectedDatabase) : null))
            .ToList();
        return new Snapshot(
            since,
            new ConcurrentDictionary<Guid, CommunityInfo>(all.Select(c => KeyValuePair.Create(c.Id, c))),
            new ConcurrentDictionary<string, CommunityInfo>(all.Select(c => KeyValuePair.Create(c.Code, c)), StringComparer.OrdinalIgnoreCase));
    }

    private List<CommunityInfo> Read(IQueryable<Domain.Community> communities) =>
        communities.Select(c => new { c.Id, c.Code, c.Name, c.StreetId, c.ProtectedDatabase }).AsEnumerable()
            .Select(c => new CommunityInfo(c.Id, c.Code, c.Name, c.StreetId, c.ProtectedDatabase is null ? null : secrets.Unprotect(c.ProtectedDatabase)))
            .ToList();

    private sealed record Snapshot(CachedSince Since, ConcurrentDictionary<Guid, CommunityInfo> ById, ConcurrentDictionary<string, CommunityInfo> ByCode);
}
