using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityPlatform.Data;

/// <summary>
/// One save at a time per SQLite file, queued in the host instead of in SQLite. SQLite has one writer; a second
/// writer's <c>BEGIN</c> gets SQLITE_BUSY, and Microsoft.Data.Sqlite then retries with <c>Thread.Sleep</c>, so under
/// concurrent creates most of a write was a blocked thread-pool thread sleeping (a dotnet-trace under wrk put 90 % of
/// a create there). Waiting here is asynchronous and first come, first served.
/// Saves inside an explicit transaction are not gated: their transaction may already hold the file's write lock,
/// and a gated save waiting for that lock must not also keep them from going on.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbContext, SemaphoreSlim> held = new();

    private SqliteWriteGate()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateOf(eventData.Context) is { } gate)
        {
            gate.Wait();
            held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (GateOf(eventData.Context) is { } gate)
        {
            await gate.WaitAsync(cancellationToken);
            held.AddOrUpdate(eventData.Context!, gate);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    private SemaphoreSlim? GateOf(DbContext? context)
    {
        if (context is null || context.Database.CurrentTransaction is not null) return null;
        if (context.Database.GetDbConnection() is not SqliteConnection connection) return null;
        // Keyed by connection string: the shared file and each community's own file have their own writer.
        return gates.GetOrAdd(connection.ConnectionString, _ => new SemaphoreSlim(1, 1));
    }

    private void Release(DbContext? context)
    {
        if (context is not null && held.TryGetValue(context, out var gate) && held.Remove(context)) gate.Release();
    }
}
