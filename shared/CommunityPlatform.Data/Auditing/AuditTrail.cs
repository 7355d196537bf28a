using CommunityPlatform.Data.Kernel;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data.Auditing;

/// <summary>
/// Writes audited acts to the kernel's audit table, stamped with the scope's community and account. The kernel's
/// context is taken only when an act is recorded: most requests of the services that hold a trail record nothing, and
/// creating a context for each of them was measurable on the request path (docs/performance-notes.md).
/// </summary>
public sealed class AuditTrail(IServiceProvider services, RequestContext scope, TimeProvider clock)
{
    public async Task RecordAsync(string action, string subject, string? detail = null, CancellationToken cancellationToken = default, string? entityId = null)
    {
        var db = services.GetRequiredService<KernelDbContext>();
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
