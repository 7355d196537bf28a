using CommunityPlatform.Events;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.PartyOrganization.Tests;

/// <summary>
/// The Party tests' one host, from the testing kit, with what a handler in another module would see of the Party
/// module's events: recording handlers for two of them and a flaky one for a member leaving.
/// </summary>
public sealed class PlatformFixture() : PlatformFixture<Program>(services => services
    .RecordEvents<PartyMemberRegistered>()
    .RecordEvents<PledgeFulfilled>()
    .AddScoped<IIntegrationEventHandler<PartyMemberLeft>, FlakyHandler>());

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
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
