using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// The event pipeline (民情流水线). Every change is a step posted to <c>/steps</c> with the stamp read: an action the
/// state does not allow answers 422 <c>Grid.TransitionNotAllowed</c>, a stale stamp 409.
/// </summary>
[Route("api/grid/events")]
[RequiresCommunity]
public sealed class EventsController(EventService events) : ModuleController
{
    [HttpGet]
    [RequiresPermission(GridPermissions.View)]
    public Task<Paged<GridEventDto>> List([FromQuery] GridEventQuery query, CancellationToken ct) => events.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(GridPermissions.View)]
    public Task<GridEventDto> Get(Guid id, CancellationToken ct) => events.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(GridPermissions.Work)]
    [ProducesResponseType<GridEventDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<GridEventDto>> Report(GridEventRequest request, CancellationToken ct)
    {
        var created = await events.ReportAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Accept, assign, start, resolve, close, send back, escalate or supervise.</summary>
    [HttpPost("{id:guid}/steps")]
    [RequiresPermission(GridPermissions.View)]
    public Task<GridEventDto> Act(Guid id, EventStepRequest request, CancellationToken ct) => events.ActAsync(id, request, ct);
}
