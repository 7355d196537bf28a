using System.Collections.Concurrent;
using CommunityPlatform.Events;
using CommunityPlatform.PartyOrganization;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// What a handler in another module sees of the Party module's events: this project references only the Party
/// Contracts for the event types. Each delivery is recorded with the community the dispatcher put in scope.
/// </summary>
public sealed class EventRecorder
{
    public ConcurrentQueue<(object Event, Delivery Delivery, Guid? ScopeCommunity)> Delivered { get; } = new();

    public async Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, int count = 1, int seconds = 30)
    {
        for (var waited = 0; waited < seconds * 10; waited++)
        {
            var found = Delivered.Select(d => d.Event).OfType<T>().Where(match).ToList();
            if (found.Count >= count) return found;
            await Task.Delay(100);
        }

        return Delivered.Select(d => d.Event).OfType<T>().Where(match).ToList();
    }
}

public sealed class RecordingHandler<T>(EventRecorder recorder, RequestContext scope) : IIntegrationEventHandler<T> where T : class
{
    public Task HandleAsync(T integrationEvent, Delivery delivery, CancellationToken cancellationToken)
    {
        recorder.Delivered.Enqueue((integrationEvent, delivery, scope.CommunityId));
        return Task.CompletedTask;
    }
}

/// <summary>Fails the first delivery of a member leaving for "flaky": the dispatcher must try again.</summary>
public sealed class FlakyHandler(EventRecorder recorder) : IIntegrationEventHandler<PartyMemberLeft>
{
    public Task HandleAsync(PartyMemberLeft integrationEvent, Delivery delivery, CancellationToken cancellationToken)
    {
        if (integrationEvent.Place == "flaky" && delivery.Attempt == 1) throw new InvalidOperationException("The handler's database is away.");
        recorder.Delivered.Enqueue((integrationEvent with { Place = $"handled on attempt {delivery.Attempt}" }, delivery, null));
        return Task.CompletedTask;
    }
}
