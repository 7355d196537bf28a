using System.Collections.Concurrent;
using System.Collections.Frozen;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Communities.Application;

/// <summary>The switched-on modules of every community, loaded in one query on first use and refreshed per community on change.</summary>
public sealed class ModuleSwitches(IServiceScopeFactory scopes) : IModuleSwitches, ISingletonService
{
    private readonly Lock loading = new();
    private volatile ConcurrentDictionary<Guid, FrozenSet<string>>? enabled;

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
    }

    private ConcurrentDictionary<Guid, FrozenSet<string>> Current
    {
        get
        {
            if (enabled is { } loaded) return loaded;
            lock (loading) return enabled ??= Load();
        }
    }

    private ConcurrentDictionary<Guid, FrozenSet<string>> Load()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>();
        var rows = db.ModuleSwitches.IgnoreQueryFilters().AsNoTracking().Select(s => new { s.CommunityId, s.Module }).ToList();
        return new ConcurrentDictionary<Guid, FrozenSet<string>>(
            rows.GroupBy(r => r.CommunityId)
                .Select(g => KeyValuePair.Create(g.Key, g.Select(r => r.Module).ToFrozenSet(StringComparer.OrdinalIgnoreCase))));
    }
}
