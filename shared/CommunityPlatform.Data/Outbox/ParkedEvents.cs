using CommunityPlatform.Application;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.Events;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Data.Outbox;

/// <summary>
/// The events the dispatcher gave up on, across every outbox: listed for the city's operator, and sent again on
/// request once the cause is mended (a community that lacked what a handler needs, a module switched back on).
/// </summary>
public sealed class ParkedEvents(IServiceScopeFactory scopes, OutboxStores stores, ICommunityDirectory communities, OutboxSignal signal)
{
    public async Task<IReadOnlyList<ParkedEvent>> ListAsync(CancellationToken cancellationToken)
    {
        var parked = new List<ParkedEvent>();
        foreach (var store in stores.All())
        {
            var (scope, db) = store.Open(scopes);
            await using var _ = scope;
            var rows = await db.Set<OutboxMessage>().IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.DeliveredAt == null && m.ParkedAt != null).ToListAsync(cancellationToken);
            parked.AddRange(rows.Select(m => new ParkedEvent(
                m.Id, store.Database.TablePrefix, m.CommunityId, communities.Find(m.CommunityId)?.Code, ShortName(m.Type),
                m.Payload, m.OccurredAt, m.Attempts, m.LastError, m.ParkedAt!.Value)));
        }

        return parked.OrderByDescending(p => p.ParkedAt).ToList();
    }

    /// <summary>Makes a parked event due again with a fresh count of attempts, and wakes the dispatcher.</summary>
    public async Task RetryAsync(Guid id, CancellationToken cancellationToken)
    {
        foreach (var store in stores.All())
        {
            var (scope, db) = store.Open(scopes);
            await using var _ = scope;
            var message = await db.Set<OutboxMessage>().IgnoreQueryFilters()
                .FirstOrDefaultAsync(m => m.Id == id && m.DeliveredAt == null && m.ParkedAt != null, cancellationToken);
            if (message is null) continue;
            message.ParkedAt = null;
            message.NextAttemptAt = null;
            message.Attempts = 0;
            await db.SaveChangesAsync(cancellationToken);
            signal.Nudge();
            return;
        }

        throw new NotFoundException(PlatformErrors.NotFound, Language.T("没有这条搁置的事件", $"No parked event {id}"));
    }

    private static string ShortName(string typeName)
    {
        var fullName = typeName.Split(',')[0];
        return fullName[(fullName.LastIndexOf('.') + 1)..];
    }
}
