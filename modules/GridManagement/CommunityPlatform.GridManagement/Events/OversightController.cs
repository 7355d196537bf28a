using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// Events escalated to the street (上报街道) or on to the city, and their answers. The inbox spans every community the
/// account oversees (no <c>X-Community</c> needed); an answer is given in the event's community (<c>X-Community</c>: the
/// inbox item's <c>communityCode</c>) and becomes a step of the event that the community sees.
/// </summary>
[Route("api/grid/oversight")]
public sealed class OversightController(OversightService oversight) : ModuleController
{
    /// <summary>Events waiting for the account's level (a street account: escalated to its street; the city: escalated to the city), longest waiting first.</summary>
    [HttpGet("inbox")]
    [AcrossCommunities]
    [RequiresPermission(GridPermissions.AnswerEscalations)]
    public Task<Paged<InboxEventDto>> Inbox([FromQuery] PageQuery query, CancellationToken ct) => oversight.InboxAsync(query, ct);

    /// <summary>Receive, instruct (note and deadline), send back (note), conclude (note; disputes: outcome), escalate to the city (street only), or a card.</summary>
    [HttpPost("events/{id:guid}/steps")]
    [RequiresCommunity]
    [StreetAction]
    [RequiresPermission(GridPermissions.AnswerEscalations)]
    public Task<GridEventDto> Answer(Guid id, OversightStepRequest request, CancellationToken ct) => oversight.AnswerAsync(id, request, ct);
}
