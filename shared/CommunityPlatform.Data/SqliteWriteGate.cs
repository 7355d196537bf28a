using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityPlatform.Data;

/// <summary>
/// One save at a time per SQLite file, queued in the host instead of in SQLite (decision 0010). SQLite has one
/// writer; a second writer's <c>BEGIN</c> gets SQLITE_BUSY, and Microsoft.Data.Sqlite then retries with
/// <c>Thread.Sleep</c>, so under concurrent creates most of a write was a blocked thread-pool thread sleeping.
/// Waiting here is asynchronous and first come, first served.
/// <para>
/// A save ends in one of several callbacks: saved, failed, cancelled, or — for a stale concurrency stamp — only
/// <see cref="ThrowingConcurrencyException"/> (EF Core does not report that one as failed). Every one of them lets the
/// next save in. Should a save still end unseen (its context disposed or returned to the pool while holding), the next
/// waiter finds the holder gone and goes on, so a lost turn costs seconds, never the file.
/// </para>
/// Saves inside an explicit transaction are not gated: their transaction may already hold the file's write lock, and
/// a gated save waiting for that lock must not also keep them from going on.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    public static readonly SqliteWriteGate Instance = new();

    private static readonly TimeSpan CheckHolderEvery = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, Gate> gates = new(StringComparer.Ordinal);
    private readonly LeaseState<Gate> held = new();

    private SqliteWriteGate()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (GateOf(eventData.Context) is { } gate)
        {
            while (!gate.Turn.Wait(CheckHolderEvery) && !gate.HolderIsGone()) { }
            Hold(eventData.Context!, gate);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (GateOf(eventData.Context) is { } gate)
        {
            while (!await gate.Turn.WaitAsync(CheckHolderEvery, cancellationToken) && !gate.HolderIsGone()) { }
            Hold(eventData.Context!, gate);
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

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private Gate? GateOf(DbContext? context)
    {
        if (context is null || context.Database.CurrentTransaction is not null) return null;
        if (context.Database.GetDbConnection() is not SqliteConnection connection) return null;
        // Keyed by connection string: the shared file and each community's own file have their own writer.
        return gates.GetOrAdd(connection.ConnectionString, _ => new Gate());
    }

    private void Hold(DbContext context, Gate gate)
    {
        gate.Hold(context);
        held.Set(context, gate);
    }

    private void Release(DbContext? context)
    {
        if (context is null || !held.TryGet(context, out var gate) || !held.Remove(context)) return;
        gate.Holder = null;
        try
        {
            gate.Turn.Release();
        }
        catch (SemaphoreFullException)
        {
            // The turn had passed on from a holder judged gone; nothing to give back.
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public volatile WeakReference<DbContext>? Holder;
        private volatile object? holderLease;

        public void Hold(DbContext context)
        {
            holderLease = LeaseState<Gate>.LeaseOf(context);
            Holder = new WeakReference<DbContext>(context);
        }

        /// <summary>
        /// True when the turn's holder was disposed, collected or handed back to the pool (and perhaps leased again)
        /// without its save ending: its turn passes on.
        /// </summary>
        public bool HolderIsGone()
        {
            if (Holder is not { } holder) return false;
            if (holder.TryGetTarget(out var context) && ReferenceEquals(LeaseState<Gate>.LeaseOf(context), holderLease))
            {
                try
                {
                    _ = context.ChangeTracker;
                    return false;
                }
                catch (ObjectDisposedException)
                {
                }
            }

            Holder = null;
            return true;
        }
    }
}
