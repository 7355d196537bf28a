using System.Collections.Concurrent;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.Events;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Data.Outbox;

/// <summary>
/// Delivers the outbox rows of every module context that has an outbox — in the shared database and in each
/// community's own — to the <see cref="IIntegrationEventHandler{TEvent}"/>s of the modules switched on in the
/// event's community. A row is marked delivered only after its handlers ran, so a crash in between delivers it again
/// (at least once); a failing handler is retried with a growing pause, and the error is kept on the row. After the
/// last allowed attempt (<c>Platform:Outbox:MaxAttempts</c>) the row is parked: it stops costing a query every round
/// and waits in <see cref="ParkedEvents"/> for an operator to mend the cause and send it again.
/// <para>
/// Several hosts may dispatch from one database: each round claims its rows first (<see cref="OutboxClaims"/>), and
/// each handler runs through its module's <see cref="Inbox"/>, so every message is handled once per handler even when
/// a claim lapses and another host delivers the message again.
/// </para>
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxStores stores,
    ICommunityDirectory communities,
    IModuleSwitches switches,
    ModuleCatalog catalog,
    StartupState startup,
    OutboxSignal signal,
    OutboxClaims claims,
    Inbox inbox,
    IConfiguration configuration,
    FirstAnswer firstAnswer,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int Batch = 100;
    private readonly TimeSpan poll = TimeSpan.FromSeconds(configuration.GetValue("Platform:Outbox:PollSeconds", 5.0));
    private readonly int maxAttempts = Math.Max(1, configuration.GetValue("Platform:Outbox:MaxAttempts", 12));
    private readonly ConcurrentDictionary<Type, string?> moduleOfHandler = new();
    private long rounds;

    /// <summary>Delivery rounds run so far: a test's witness that the dispatcher waits between polls instead of spinning.</summary>
    public long Rounds => Interlocked.Read(ref rounds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not while the host starts: finding the outboxes builds every context's model (~0.45 s of a core), which on
        // two cores delayed the first answer; events written meanwhile wait for the first round, as across a restart.
        if (!await firstAnswer.WaitAsync(stoppingToken)) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A round is not cancelled half-way (EF Core would log the cut connection as an error at every
                // shutdown); the stop is noticed between rounds, and a round is short.
                if (startup.Ready) await DeliverAllAsync(CancellationToken.None);
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly away; the rows wait, and the next round tries again.
                logger.LogWarning(e, "Outbox delivery round failed");
                await Task.Delay(poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>Delivers everything due now; returns how many messages were handled. Also called by tests and the <c>seed</c> command's end.</summary>
    public async Task<int> DeliverAllAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref rounds);
        var delivered = 0;
        foreach (var store in stores.All()) delivered += await DeliverFromAsync(store, cancellationToken);
        return delivered;
    }

    private async Task<int> DeliverFromAsync(OutboxStores.Store store, CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            var (scope, db) = store.Open(scopes);
            await using var _ = scope;
            var (seen, due) = await claims.ClaimAsync(db, Batch, cancellationToken);
            foreach (var message in due)
            {
                try
                {
                    await HandleAsync(message, store.Database, cancellationToken);
                    message.DeliveredAt = DateTime.UtcNow;
                    message.LastError = null;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    message.Attempts++;
                    var error = e is PlatformException rule ? $"{rule.Error.Code}: {e.Message}" : e.Message;
                    message.LastError = error.Length > 1000 ? error[..1000] : error;
                    message.NextAttemptAt = DateTime.UtcNow.Add(Backoff(message.Attempts));
                    // Let go at once: the pause decides when it is due again, on whichever host looks then.
                    message.ClaimedBy = null;
                    message.ClaimedUntil = null;
                    if (message.Attempts >= maxAttempts)
                    {
                        message.ParkedAt = DateTime.UtcNow;
                        logger.LogError(e, "Integration event {Type} {Id} parked after {Attempt} attempts", message.Type, message.Id, message.Attempts);
                    }
                    else logger.LogWarning(e, "Integration event {Type} {Id} failed (attempt {Attempt})", message.Type, message.Id, message.Attempts);
                }
            }

            if (due.Count > 0) await db.SaveChangesAsync(cancellationToken);
            count += due.Count;
            if (seen < Batch) return count;
        }
    }

    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Math.Min(attempts, 12))));

    private async Task HandleAsync(OutboxMessage message, ModuleDatabase publisher, CancellationToken cancellationToken)
    {
        var community = communities.Find(message.CommunityId);
        var payload = OutboxModel.Read(message);
        // A community since removed, or an event type no installed module defines: nobody is left to tell.
        if (community is null || payload is null) return;

        await using var scope = scopes.CreateAsyncScope(community);
        var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(payload.GetType());
        var delivery = new Delivery(message.Id, message.CommunityId, message.OccurredAt, message.Attempts + 1);
        foreach (var handler in scope.ServiceProvider.GetServices(handlerType).OfType<object>())
        {
            if (ModuleOf(handler.GetType()) is { } module && !switches.IsEnabled(community.Id, module)) continue;
            var method = handlerType.GetMethod(nameof(IIntegrationEventHandler<object>.HandleAsync))!;
            await inbox.HandleOnceAsync(scope.ServiceProvider, handler.GetType(), message.Id, publisher,
                () => (Task)method.Invoke(handler, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [payload, delivery, cancellationToken], null)!,
                cancellationToken);
        }
    }

    // Handlers of platform modules and of modules not in the catalog (tests, samples) always run.
    private string? ModuleOf(Type handler) => moduleOfHandler.GetOrAdd(handler, type =>
        catalog.Modules.FirstOrDefault(m => m.GetType().Assembly == type.Assembly && !m.Info.IsPlatform)?.Info.Name);
}
