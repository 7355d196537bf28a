using CommunityPlatform.Data;
using CommunityPlatform.Events;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>Opens the grid event another module asked for through its outbox; a repeat of the same request opens nothing new.</summary>
public sealed class EventRequestHandler(EventInbox inbox) : IIntegrationEventHandler<GridEventRequested>
{
    public async Task HandleAsync(GridEventRequested requested, Delivery delivery, CancellationToken cancellationToken)
    {
        var request = new OpenGridEvent(requested.Kind, requested.Title, requested.Description, requested.Reporter, requested.BuildingId, null, requested.SourceModule);
        try
        {
            await inbox.OpenAsync(request, requested.RequestId, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The same request delivered twice at once: the other delivery opened it.
        }
    }
}
