using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CommunityPlatform.Data;

/// <summary>
/// The kernel's rules for every save of every module's context. Before it: stamps the community on new
/// community-owned rows (and refuses rows of another community), records who and when, turns deletes into soft
/// deletes, gives every changed aggregate a new concurrency stamp, and captures the audit trail's entries. After it:
/// wakes the outbox dispatcher when the save wrote integration events. (The audit entries themselves are written in
/// the save's transaction by <see cref="Auditing.AuditTransactionInterceptor"/>.)
/// </summary>
public sealed class SaveRulesInterceptor(TimeProvider clock, Auditing.ChangeRecorder recorder, Outbox.OutboxSignal outbox) : SaveChangesInterceptor
{
    // The saves that are writing new outbox rows, between SavingChanges and SavedChanges.
    private readonly LeaseState<object> publishing = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        NotePublishing(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        NotePublishing(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void NotePublishing(DbContext? context)
    {
        if (context is not null && context.HasOutbox()
            && context.ChangeTracker.Entries<Outbox.OutboxMessage>().Any(e => e.State == EntityState.Added))
            publishing.Set(context, this);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context)
        {
            recorder.FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
            NudgeOutbox(context);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await recorder.FlushAsync(context, cancellationToken);
            NudgeOutbox(context);
        }

        return result;
    }

    // Only a save that wrote new outbox rows wakes the dispatcher: its own save of delivered rows once did too, and it
    // then polled in a loop, one core busy for nothing (docs/performance-notes.md). Inside a transaction the rows are
    // not visible until the commit; the dispatcher's next poll finds them then.
    private void NudgeOutbox(DbContext context)
    {
        if (publishing.Remove(context) && context.Database.CurrentTransaction is null) outbox.Nudge();
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not { } context) return;
        recorder.Discard(context);
        publishing.Remove(context);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    // A save refused for a stale stamp is not reported as failed by EF Core, only as this, from inside the save: the
    // entries waiting for the commit are dropped here; rows tracked by the context are left as they are mid-save.
    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is { } context)
        {
            recorder.DropPending(context);
            publishing.Remove(context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(ThrowingConcurrencyException(eventData, result));

    private void Stamp(DbContext? context)
    {
        if (context is not IPlatformDbContext platform) return;
        if (platform.Scope.Audit.Importing)
        {
            foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added)) StampCommunity(entry, platform);
            recorder.Capture(context, platform.Scope);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var account = platform.Scope.AccountId;

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    StampCommunity(entry, platform);
                    Set(entry, nameof(IAudited.CreatedAt), now, typeof(IAudited));
                    Set(entry, nameof(IAudited.CreatedBy), account, typeof(IAudited));
                    break;
                case EntityState.Modified:
                    GuardCommunity(entry);
                    Touch(entry, now, account);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete:
                    GuardCommunity(entry);
                    entry.State = EntityState.Modified;
                    entry.Property(nameof(ISoftDelete.IsDeleted)).CurrentValue = true;
                    entry.Property(nameof(ISoftDelete.DeletionToken)).CurrentValue = entry.Property(nameof(Entity.Id)).CurrentValue;
                    Touch(entry, now, account);
                    break;
            }
        }

        recorder.Capture(context, platform.Scope);
    }

    private static void Touch(EntityEntry entry, DateTime now, Guid? account)
    {
        Set(entry, nameof(IAudited.ModifiedAt), now, typeof(IAudited));
        Set(entry, nameof(IAudited.ModifiedBy), account, typeof(IAudited));
        if (entry.Entity is IHasConcurrencyStamp)
            entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).CurrentValue = Guid.NewGuid().ToString("N");
    }

    private static void StampCommunity(EntityEntry entry, IPlatformDbContext platform)
    {
        if (entry.Entity is not IMustHaveCommunity owned) return;
        var current = platform.Scope.CommunityId;
        if (owned.CommunityId == Guid.Empty)
        {
            if (current is null)
                throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} is owned by a community, but no community is in scope.");
            entry.Property(nameof(IMustHaveCommunity.CommunityId)).CurrentValue = current.Value;
        }
        else if (current is not null && owned.CommunityId != current)
        {
            throw new ForbiddenException(PlatformErrors.CommunityForbidden);
        }
    }

    // Query filters keep other communities' rows out of reach; this is the second lock on the door for writes.
    private static void GuardCommunity(EntityEntry entry)
    {
        if (entry.Entity is IMustHaveCommunity && entry.Property(nameof(IMustHaveCommunity.CommunityId)).IsModified)
            throw new ForbiddenException(PlatformErrors.CommunityForbidden);
    }

    private static void Set(EntityEntry entry, string property, object? value, Type marker)
    {
        if (marker.IsInstanceOfType(entry.Entity))
            entry.Property(property).CurrentValue = value;
    }
}
