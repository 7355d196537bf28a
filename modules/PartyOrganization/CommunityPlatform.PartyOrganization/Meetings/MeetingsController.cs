using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Meetings;

/// <summary>三会一课, theme Party days and study days, with minutes and attendance.</summary>
[Route("api/party/meetings")]
[RequiresCommunity]
public sealed class MeetingsController(MeetingService meetings) : ModuleController
{
    [HttpGet]
    [RequiresPermission(PartyPermissions.View)]
    public Task<Paged<MeetingDto>> List([FromQuery] MeetingQuery query, CancellationToken ct) => meetings.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<MeetingDto> Get(Guid id, CancellationToken ct) => meetings.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType<MeetingDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<MeetingDto>> Create(MeetingRequest request, CancellationToken ct)
    {
        var created = await meetings.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<MeetingDto> Update(Guid id, MeetingRequest request, CancellationToken ct) => meetings.UpdateAsync(id, request, ct);

    [HttpDelete("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await meetings.DeleteAsync(id, ct);
        return NoContent();
    }
}
