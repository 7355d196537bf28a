using System.Reflection;
using CommunityPlatform.Domain;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data;

/// <summary>
/// Counts and moves a community's rows between the shared database and its own, module by module and table by
/// table. A move copies in batches, verifies every table's count, and only then may the caller switch the
/// community over and <see cref="DeleteSharedRowsAsync"/>. Copying again after a failed attempt starts clean.
/// </summary>
public sealed class CommunityDataMove(IServiceProvider services)
{
    private const int Batch = 2000;

    private static readonly MethodInfo CountMethod = typeof(CommunityDataMove).GetMethod(nameof(CountOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo CopyMethod = typeof(CommunityDataMove).GetMethod(nameof(CopyOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo DeleteMethod = typeof(CommunityDataMove).GetMethod(nameof(DeleteOfAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Rows per table that the community has where <paramref name="community"/> says it lives (shared when its Database is null).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(CommunityInfo community, CancellationToken ct)
    {
        var counts = new Dictionary<string, int>();
        foreach (var database in CommunityDatabases())
        {
            await using var scope = Scope(community, out var context, database);
            foreach (var type in OwnedTypes(context))
                counts[type.GetTableName()!] = await (Task<int>)CountMethod.MakeGenericMethod(type.ClrType).Invoke(null, [context, community.Id, ct])!;
        }

        return counts;
    }

    /// <summary>Copies every row of the community from the shared database to <paramref name="target"/> and checks the counts.</summary>
    public async Task CopyAsync(CommunityInfo target, CancellationToken ct)
    {
        var shared = target with { Database = null };
        foreach (var database in CommunityDatabases())
        {
            await using var sourceScope = Scope(shared, out var source, database);
            await using var targetScope = Scope(target, out var destination, database);
            targetScope.ServiceProvider.GetRequiredService<RequestContext>().Audit.Importing = true;
            foreach (var type in OwnedTypes(source))
            {
                await (Task)DeleteMethod.MakeGenericMethod(type.ClrType).Invoke(null, [destination, target.Id, ct])!;
                await (Task)CopyMethod.MakeGenericMethod(type.ClrType).Invoke(null, [source, destination, target.Id, ct])!;
                var expected = await (Task<int>)CountMethod.MakeGenericMethod(type.ClrType).Invoke(null, [source, target.Id, ct])!;
                var copied = await (Task<int>)CountMethod.MakeGenericMethod(type.ClrType).Invoke(null, [destination, target.Id, ct])!;
                if (copied != expected)
                    throw new InvalidOperationException($"{type.GetTableName()}: copied {copied} of {expected} rows; the community stays in the shared database.");
            }
        }
    }

    /// <summary>After the switch, the shared database no longer holds the community's rows.</summary>
    public async Task DeleteSharedRowsAsync(CommunityInfo community, CancellationToken ct)
    {
        foreach (var database in CommunityDatabases())
        {
            await using var scope = Scope(community with { Database = null }, out var context, database);
            foreach (var type in OwnedTypes(context).Reverse())
                await (Task)DeleteMethod.MakeGenericMethod(type.ClrType).Invoke(null, [context, community.Id, ct])!;
        }
    }

    private IEnumerable<ModuleDatabase> CommunityDatabases() => services.GetServices<ModuleDatabase>().Where(d => d.HoldsCommunityData);

    private AsyncServiceScope Scope(CommunityInfo community, out DbContext context, ModuleDatabase database)
    {
        var scope = services.CreateAsyncScope(community);
        context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        return scope;
    }

    private static IEnumerable<Microsoft.EntityFrameworkCore.Metadata.IEntityType> OwnedTypes(DbContext context) =>
        context.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.BaseType is null && typeof(IMustHaveCommunity).IsAssignableFrom(t.ClrType));

    private static Task<int> CountOfAsync<T>(DbContext context, Guid community, CancellationToken ct) where T : Entity, IMustHaveCommunity =>
        context.Set<T>().IgnoreQueryFilters().CountAsync(e => e.CommunityId == community, ct);

    private static Task<int> DeleteOfAsync<T>(DbContext context, Guid community, CancellationToken ct) where T : Entity, IMustHaveCommunity =>
        context.Set<T>().IgnoreQueryFilters().Where(e => e.CommunityId == community).ExecuteDeleteAsync(ct);

    private static async Task CopyOfAsync<T>(DbContext source, DbContext target, Guid community, CancellationToken ct) where T : Entity, IMustHaveCommunity
    {
        for (var skip = 0; ; skip += Batch)
        {
            var rows = await source.Set<T>().IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.CommunityId == community)
                .OrderBy(e => e.Id).Skip(skip).Take(Batch).ToListAsync(ct);
            if (rows.Count == 0) return;
            target.Set<T>().AddRange(rows);
            await target.SaveChangesAsync(ct);
            target.ChangeTracker.Clear();
        }
    }
}
