using System.Text.Json;
using CommunityPlatform.Data.Kernel;
using CommunityPlatform.Domain;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data.Auditing;

/// <summary>
/// Turns a save's changes into audit entries: captured before the save (old and new values, sensitive ones masked)
/// and written to the kernel's audit table once the save has succeeded. Seeding and bulk copies are summarised
/// as one entry per save instead of one per row.
/// </summary>
public sealed class ChangeRecorder(IServiceScopeFactory scopes, TimeProvider clock, DatabaseSettings settings)
{
    private const int MaxDetail = 4000;

    // Chinese names written as they are, not as \u escapes: the trail is read by people (the API gives it raw).
    private static readonly JsonSerializerOptions Readable = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static readonly string[] Bookkeeping =
    [
        nameof(IAudited.CreatedAt), nameof(IAudited.CreatedBy), nameof(IAudited.ModifiedAt), nameof(IAudited.ModifiedBy),
        nameof(ISoftDelete.DeletionToken), nameof(IMustHaveCommunity.CommunityId),
    ];

    private readonly LeaseState<List<AuditEntry>> pending = new();

    public void Capture(DbContext context, RequestContext scope)
    {
        if (context is KernelDbContext) return;
        var now = clock.GetUtcNow().UtcDateTime;
        // Outbox and inbox rows are the messages of a change, not a change of their own: the change itself is audited.
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not (Outbox.OutboxMessage or Outbox.InboxEntry or AuditEntry or IUnaudited)).ToList();
        if (changed.Count == 0) return;

        var entries = scope.Audit.Importing || scope.Audit.BulkAction is not null || scope.AccountId is null && scope.Audit.Seeding
            ? [Summary(changed, scope, now)]
            : changed.Select(e => Entry(e, scope, now)).ToList();
        if (WritesOwnAudit(context))
        {
            // Same save, same transaction: the change and its record land together or not at all, in one commit.
            context.Set<AuditEntry>().AddRange(entries);
            return;
        }

        if (pending.TryGet(context, out var earlier)) earlier.AddRange(entries);
        else pending.Set(context, entries);
    }

    // A context on the shared database maps the audit table (PlatformConventions); one switched to a community's own
    // database does not reach the table, and hands its entries to the kernel's context after the commit instead.
    private bool WritesOwnAudit(DbContext context) =>
        context.Model.FindEntityType(typeof(AuditEntry)) is not null && context.Database.GetConnectionString() == settings.ConnectionString;

    /// <summary>
    /// Writes what the context saved. Inside a transaction it waits for the commit (<see cref="AuditTransactionInterceptor"/>):
    /// a rolled-back change is not audited, and SQLite's single writer is not asked for a second write while the first holds it.
    /// </summary>
    public async Task FlushAsync(DbContext context, CancellationToken cancellationToken, bool committed = false)
    {
        if (!committed && context.Database.CurrentTransaction is not null) return;
        if (!pending.TryGet(context, out var entries)) return;
        pending.Remove(context);
        await using var scope = scopes.CreateAsyncScope();
        var kernel = scope.ServiceProvider.GetRequiredService<KernelDbContext>();
        kernel.AuditEntries.AddRange(entries);
        await kernel.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Forgets the entries a context's save captured for after its commit (a context on a community's own database).</summary>
    public void DropPending(DbContext context) => pending.Remove(context);

    public void Discard(DbContext context)
    {
        pending.Remove(context);
        // Entries added to a save that failed must not ride along with the next save of the same context.
        foreach (var entry in context.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            entry.State = EntityState.Detached;
    }

    private static AuditEntry Entry(EntityEntry entry, RequestContext scope, DateTime now)
    {
        var deleted = entry.State == EntityState.Deleted
            || entry.State == EntityState.Modified && entry.Entity is ISoftDelete && entry.Property(nameof(ISoftDelete.IsDeleted)) is { IsModified: true, CurrentValue: true };
        var fields = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (property.Metadata.IsPrimaryKey() || Bookkeeping.Contains(name)) continue;
            if (entry.State == EntityState.Modified && (!property.IsModified || Equals(property.OriginalValue, property.CurrentValue))) continue;
            if (entry.State == EntityState.Added && property.CurrentValue is null) continue;
            var hidden = SensitiveFields.IsHidden(name);
            fields[name] = entry.State switch
            {
                EntityState.Added => [hidden ? "***" : SensitiveFields.Mask(name, property.CurrentValue)],
                _ => [hidden ? "***" : SensitiveFields.Mask(name, property.OriginalValue), hidden ? "***" : SensitiveFields.Mask(name, property.CurrentValue)],
            };
        }

        var detail = JsonSerializer.Serialize(fields, Readable);
        return new AuditEntry
        {
            CommunityId = (entry.Entity as IMustHaveCommunity)?.CommunityId ?? scope.CommunityId,
            AccountId = scope.AccountId,
            AccountName = scope.AccountName ?? "system",
            Action = deleted ? "Deleted" : entry.State == EntityState.Added ? "Created" : "Updated",
            Subject = entry.Metadata.ClrType.Name,
            EntityId = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue)),
            Detail = detail.Length > MaxDetail ? detail[..MaxDetail] : detail,
            At = now,
        };
    }

    private static AuditEntry Summary(IReadOnlyList<EntityEntry> changed, RequestContext scope, DateTime now) => new()
    {
        CommunityId = scope.CommunityId,
        AccountId = scope.AccountId,
        AccountName = scope.AccountName ?? "system",
        Action = scope.Audit.BulkAction ?? (scope.Audit.Importing ? "Copied" : "Seeded"),
        Subject = string.Join(",", changed.Select(e => e.Metadata.ClrType.Name).Distinct()),
        Detail = JsonSerializer.Serialize(changed.GroupBy(e => e.Metadata.ClrType.Name).ToDictionary(g => g.Key, g => g.Count()), Readable),
        At = now,
    };
}
