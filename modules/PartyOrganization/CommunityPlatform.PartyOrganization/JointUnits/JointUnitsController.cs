using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.JointUnits;

/// <summary>共驻共建单位: units of the area, their agreements and joint activities.</summary>
[Route("api/party/joint-units")]
[RequiresCommunity]
public sealed class JointUnitsController(JointUnitService units) : ModuleController
{
    [HttpGet]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<JointUnitDto>> List(CancellationToken ct) => units.ListAsync(ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<JointUnitDto> Get(Guid id, CancellationToken ct) => units.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType<JointUnitDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<JointUnitDto>> Create(JointUnitRequest request, CancellationToken ct)
    {
        var created = await units.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<JointUnitDto> Update(Guid id, JointUnitRequest request, CancellationToken ct) => units.UpdateAsync(id, request, ct);

    [HttpPost("{id:guid}/activities")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<JointUnitDto> AddActivity(Guid id, JointActivityRequest request, CancellationToken ct) => units.AddActivityAsync(id, request, ct);

    [HttpDelete("{id:guid}")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await units.DeleteAsync(id, ct);
        return NoContent();
    }
}
