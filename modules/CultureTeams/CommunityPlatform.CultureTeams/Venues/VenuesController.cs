using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.CultureTeams.Venues;

/// <summary>文化广场, 图书室, 活动中心, 功能室: the community's venues.</summary>
[Route("api/culture/venues")]
[RequiresCommunity]
public sealed class VenuesController(VenueService venues) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<IReadOnlyList<VenueDto>> List(CancellationToken ct) => venues.ListAsync(ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<VenueDto> Get(Guid id, CancellationToken ct) => venues.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<VenueDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<VenueDto>> Create(VenueRequest request, CancellationToken ct)
    {
        var created = await venues.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    public Task<VenueDto> Update(Guid id, VenueRequest request, CancellationToken ct) => venues.UpdateAsync(id, request, ct);

    [HttpDelete("{id:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await venues.DeleteAsync(id, ct);
        return NoContent();
    }
}

/// <summary>Bookings of the venues: requested by leaders, approved or rejected by the culture worker, then used, missed or cancelled.</summary>
[Route("api/culture/bookings")]
[RequiresCommunity]
public sealed class BookingsController(BookingService bookings) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<Paged<BookingDto>> List([FromQuery] BookingQuery query, CancellationToken ct) => bookings.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<BookingDto> Get(Guid id, CancellationToken ct) => bookings.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(CulturePermissions.Record)]
    [ProducesResponseType<BookingDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<BookingDto>> Create(BookingRequest request, CancellationToken ct)
    {
        var created = await bookings.RequestAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>approve, reject, use, noShow or cancel. An approval overlapping another approved booking of the venue answers 409 <c>Culture.VenueTaken</c>.</summary>
    [HttpPost("{id:guid}/steps")]
    [RequiresPermission(CulturePermissions.Confirm)]
    public Task<BookingDto> Step(Guid id, BookingStepRequest request, CancellationToken ct) => bookings.StepAsync(id, request, ct);
}
