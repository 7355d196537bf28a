using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Pledges;

/// <summary>公开承诺践诺: pledges of units and members and their fulfilment.</summary>
[Route("api/party/pledges")]
[RequiresCommunity]
public sealed class PledgesController(PledgeService pledges) : ModuleController
{
    [HttpGet]
    [RequiresPermission(PartyPermissions.View)]
    public Task<Paged<PledgeDto>> List([FromQuery] PledgeQuery query, CancellationToken ct) => pledges.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<PledgeDto> Get(Guid id, CancellationToken ct) => pledges.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType<PledgeDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PledgeDto>> Create(PledgeRequest request, CancellationToken ct)
    {
        var created = await pledges.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<PledgeDto> Update(Guid id, PledgeRequest request, CancellationToken ct) => pledges.UpdateAsync(id, request, ct);

    /// <summary>Closes the pledge: fulfilled with evidence and the branch's assessment, or not fulfilled.</summary>
    [HttpPost("{id:guid}/fulfilment")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<PledgeDto> Close(Guid id, PledgeFulfilmentRequest request, CancellationToken ct) => pledges.CloseAsync(id, request, ct);

    [HttpDelete("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await pledges.DeleteAsync(id, ct);
        return NoContent();
    }
}
