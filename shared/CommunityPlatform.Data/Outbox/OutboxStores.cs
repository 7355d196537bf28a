using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data.Outbox;

/// <summary>
/// Every place an outbox lives: each module context that has one, in the shared database and, for a context holding
/// community data, in the own database of each community that has one. The dispatcher and the parked-event list
/// both walk these.
/// </summary>
public sealed class OutboxStores(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, ICommunityDirectory communities)
{
    private IReadOnlyList<ModuleDatabase>? withOutbox;

    /// <summary>One store: a module's context, either in the shared database (<see cref="OwnDatabaseOf"/> null) or in a community's own.</summary>
    public sealed record Store(ModuleDatabase Database, CommunityInfo? OwnDatabaseOf)
    {
        /// <summary>The store's context in a new scope; dispose the scope when done.</summary>
        public (AsyncServiceScope Scope, DbContext Db) Open(IServiceScopeFactory scopes)
        {
            var scope = scopes.CreateAsyncScope(OwnDatabaseOf);
            return (scope, (DbContext)scope.ServiceProvider.GetRequiredService(Database.ContextType));
        }
    }

    public IEnumerable<Store> All()
    {
        // Finding which contexts have an outbox builds their models: done once, at the first use, never at start-up.
        withOutbox ??= Find();
        foreach (var database in withOutbox)
        {
            yield return new Store(database, null);
            if (database.HoldsCommunityData)
                foreach (var own in communities.All.Where(c => c.Database is not null))
                    yield return new Store(database, own);
        }
    }

    private List<ModuleDatabase> Find()
    {
        using var scope = scopes.CreateScope();
        return databases.Where(d => ((DbContext)scope.ServiceProvider.GetRequiredService(d.ContextType)).HasOutbox()).ToList();
    }
}
