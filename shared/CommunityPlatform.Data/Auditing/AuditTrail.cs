using CommunityPlatform.Data.Kernel;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.Data.Auditing;

/// <summary>Writes audited acts to the kernel's audit table, stamped with the scope's community and account.</summary>
public sealed class AuditTrail(KernelDbContext db, DataScope scope, TimeProvider clock)
{
    public async Task RecordAsync(string action, string subject, string? detail = null, CancellationToken cancellationToken = default, string? entityId = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            CommunityId = scope.CommunityId,
            AccountId = scope.AccountId,
            AccountName = scope.AccountName ?? "system",
            Action = action,
            Subject = subject,
            EntityId = entityId,
            Detail = detail is { Length: > 4000 } ? detail[..4000] : detail,
            At = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
