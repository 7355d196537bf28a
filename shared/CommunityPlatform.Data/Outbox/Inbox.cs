using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data.Outbox;

/// <summary>
/// Runs a handler for a message at most once, through the inbox of the handler's module: a message delivered again
/// (after a crash between handling and marking, or a lapsed claim taken over by another host) finds its row and is
/// skipped. When the handler's module has a context with an inbox, the handler's saves and the inbox row share one
/// transaction, so the handler's changes and "handled" land together or not at all, and of two deliveries racing,
/// the second's inbox row collides and its changes roll back. A handler whose module keeps no inbox (a test's
/// recorder) is recorded in the publishing module's inbox after it ran.
/// </summary>
public sealed class Inbox(IEnumerable<ModuleDatabase> databases)
{
    private readonly ConcurrentDictionary<Type, ModuleDatabase?> moduleContextOf = new();

    public async Task HandleOnceAsync(IServiceProvider services, Type handler, Guid messageId, ModuleDatabase publisher, Func<Task> handle, CancellationToken cancellationToken)
    {
        var key = Key(handler);
        var own = moduleContextOf.GetOrAdd(handler, type => databases.FirstOrDefault(d => d.ContextType.Assembly == type.Assembly));
        DbContext db;
        var together = false;
        if (own is not null && (DbContext)services.GetRequiredService(own.ContextType) is var context && context.HasInbox())
        {
            db = context;
            together = db.Database.CurrentTransaction is null;
        }
        else db = (DbContext)services.GetRequiredService(publisher.ContextType);

        if (await db.Set<InboxEntry>().AsNoTracking().AnyAsync(e => e.MessageId == messageId && e.Handler == key, cancellationToken)) return;

        await using var transaction = together ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await handle();
        db.Set<InboxEntry>().Add(new InboxEntry { MessageId = messageId, Handler = key, HandledAt = DateTime.UtcNow });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another delivery of the same message handled it first: its changes stand, and ours roll back with the transaction.
            db.ChangeTracker.Clear();
        }
    }

    // Namespace and name, generic arguments by name: stable across builds and versions, short enough for the key.
    private static string Key(Type handler)
    {
        var name = handler.IsGenericType
            ? $"{handler.Namespace}.{handler.Name}<{string.Join(",", handler.GetGenericArguments().Select(a => a.Name))}>"
            : handler.FullName ?? handler.Name;
        return name.Length <= 200 ? name : name[^200..];
    }
}
