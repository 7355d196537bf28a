using System.Collections.Concurrent;
using System.Collections.Frozen;
using CommunityPlatform.Cluster;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Communities.Application;

/// <summary>
/// The switched-on modules of every community, loaded in one query on first use and refreshed per community on change.
/// A switch made on another host instance arrives as a message and makes this one read them all again.
/// </summary>
public sealed class ModuleSwitches : IModuleSwitches, ISingletonService
{
    public const string Topic = "module-switches";

    private readonly IServiceScopeFactory scopes;
    private readonly IClusterChannel channel;
    private readonly Lock loading = new();
    private volatile Loaded? enabled;
    private int forgotten;

    public ModuleSwitches(IServiceScopeFactory scopes, IClusterChannel channel)
    {
        this.scopes = scopes;
        this.channel = channel;
        channel.Listen(Topic, _ => Forget());
        channel.OnResumed(Forget);
    }

    public bool IsEnabled(Guid communityId, string moduleName) =>
        Current.TryGetValue(communityId, out var modules) && modules.Contains(moduleName);

    public IReadOnlySet<string> EnabledIn(Guid communityId) =>
        Current.TryGetValue(communityId, out var modules) ? modules : FrozenSet<string>.Empty;

    public void Refresh(Guid communityId)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>();
        var modules = db.ModuleSwitches.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.CommunityId == communityId).Select(s => s.Module).ToList();
        Current[communityId] = modules.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        channel.Tell(Topic, communityId.ToString());
    }

    private ConcurrentDictionary<Guid, FrozenSet<string>> Current
    {
        get
        {
            if (enabled is { } loaded && loaded.Since.IsFresh(channel)) return loaded.Modules;
            lock (loading)
            {
                if (enabled is { } again && again.Since.IsFresh(channel)) return again.Modules;
                var seen = Volatile.Read(ref forgotten);
                var read = Load();
                // A switch heard of during the read may be missing from it: use it for this request, keep it for none.
                if (seen == Volatile.Read(ref forgotten)) enabled = read;
                return read.Modules;
            }
        }
    }

    private void Forget()
    {
        Interlocked.Increment(ref forgotten);
        enabled = null;
    }

    private Loaded Load()
    {
        var since = CachedSince.Now;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>();
        var rows = db.ModuleSwitches.IgnoreQueryFilters().AsNoTracking().Select(s => new { s.CommunityId, s.Module }).ToList();
        return new Loaded(since, new ConcurrentDictionary<Guid, FrozenSet<string>>(
            rows.GroupBy(r => r.CommunityId)
                .Select(g => KeyValuePair.Create(g.Key, g.Select(r => r.Module).ToFrozenSet(StringComparer.OrdinalIgnoreCase)))));
    }

    private sealed record Loaded(CachedSince Since, ConcurrentDictionary<Guid, FrozenSet<string>> Modules);
}
