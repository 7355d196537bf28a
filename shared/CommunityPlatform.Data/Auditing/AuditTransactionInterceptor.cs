using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityPlatform.Data.Auditing;

/// <summary>Writes the audit entries of a transaction's saves once it commits, and drops them if it rolls back.</summary>
public sealed class AuditTransactionInterceptor(ChangeRecorder recorder) : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await recorder.FlushAsync(context, cancellationToken, committed: true);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) recorder.FlushAsync(context, CancellationToken.None, committed: true).GetAwaiter().GetResult();
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) recorder.Discard(context);
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
