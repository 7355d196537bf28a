using System.Data.Common;
using System.Runtime.CompilerServices;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace CommunityPlatform.Data;

/// <summary>
/// Tells <see cref="CommunityChanges"/> of every committed write through a platform context: a save, a bulk
/// <c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, a transaction holding either. Told after the commit, never before, so that
/// a reader who finds the mark unchanged read data no newer write had replaced. A write counts for the community of the
/// context's scope, or for every community when it has none.
/// </summary>
public sealed class ChangesNoticed(CommunityChanges changes) : ISaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    // Transactions a write went through: told when they commit, forgotten when they roll back.
    private readonly ConditionalWeakTable<DbTransaction, object> written = new();

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context is { } context) Wrote(context, context.Database.CurrentTransaction?.GetDbTransaction());
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (result > 0 && eventData.Context is { } context) Wrote(context, command.Transaction);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(NonQueryExecuted(command, eventData, result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (written.Remove(transaction) && eventData.Context is { } context) changes.Noticed(CommunityOf(context));
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => written.Remove(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        written.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Wrote(DbContext context, DbTransaction? transaction)
    {
        if (transaction is null) changes.Noticed(CommunityOf(context));
        else written.AddOrUpdate(transaction, this);
    }

    private static Guid? CommunityOf(DbContext context) => (context as IPlatformDbContext)?.Scope.CommunityId;
}
