using CommunityPlatform.Tenancy;
namespace CommunityPlatform.Events;

/// <summary>
/// Handles an integration event another module published. The event type lives in the publisher's Contracts, so the
/// handler's module references only those. Delivery is at least once: a handler may see the same event again
/// (<see cref="Delivery.MessageId"/> tells repeats apart) and must not mind.
/// </summary>
/// <remarks>It runs in the event's community (<c>RequestContext</c> is set to it) and only while the handler's module is on there.</remarks>
public interface IIntegrationEventHandler<in TEvent> where TEvent : class
{
    Task HandleAsync(TEvent integrationEvent, Delivery delivery, CancellationToken cancellationToken);
}

/// <summary>Which message is being delivered, for whom, and how many times it has been tried before.</summary>
public sealed record Delivery(Guid MessageId, Guid CommunityId, DateTime OccurredAt, int Attempt);
