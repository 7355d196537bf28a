using CommunityPlatform.Events;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Communities.Api;

/// <summary>
/// Integration events between modules that failed at every attempt (for example an event for a community
/// that lacks what the handler needs). The city operator mends the cause, then sends the event again.
/// </summary>
[Route("api/platform/events/parked")]
public sealed class ParkedEventsController(ParkedEvents parked) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CommunitiesPermissions.ManageEvents)]
    public Task<IReadOnlyList<ParkedEvent>> List(CancellationToken ct) => parked.ListAsync(ct);

    /// <summary>Makes the event due again with a fresh count of attempts; 404 when no parked event has this id.</summary>
    [HttpPost("{id:guid}/retry")]
    [RequiresPermission(CommunitiesPermissions.ManageEvents)]
    public async Task<IActionResult> Retry(Guid id, CancellationToken ct)
    {
        await parked.RetryAsync(id, ct);
        return NoContent();
    }
}
