using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>The Party organisation tree (党委 → 党总支 → 党支部 → 党小组) of the request's community.</summary>
[Route("api/party/organizations")]
[RequiresCommunity]
public sealed class OrganizationsController(OrganizationService organizations, SeatService seats) : ModuleController
{
    [HttpGet]
    [RequiresPermission(PartyPermissions.Organizations.View)]
    public Task<IReadOnlyList<OrganizationUnitDto>> List(CancellationToken ct) => organizations.ListAsync(ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(PartyPermissions.Organizations.View)]
    public Task<OrganizationUnitDto> Get(Guid id, CancellationToken ct) => organizations.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    [ProducesResponseType<OrganizationUnitDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<OrganizationUnitDto>> Create(OrganizationUnitRequest request, CancellationToken ct)
    {
        var created = await organizations.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    public Task<OrganizationUnitDto> Update(Guid id, OrganizationUnitRequest request, CancellationToken ct) => organizations.UpdateAsync(id, request, ct);

    [HttpDelete("{id:guid}")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await organizations.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>The seats of a committee (for a 大党委, its members from the area's units).</summary>
    [HttpGet("{id:guid}/seats")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<CommitteeSeatDto>> Seats(Guid id, CancellationToken ct) => seats.ListAsync(id, ct);

    [HttpPost("{id:guid}/seats")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    [ProducesResponseType<CommitteeSeatDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<CommitteeSeatDto>> AddSeat(Guid id, CommitteeSeatRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await seats.AddAsync(id, request, ct));

    [HttpDelete("{id:guid}/seats/{seatId:guid}")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> RemoveSeat(Guid id, Guid seatId, CancellationToken ct)
    {
        await seats.RemoveAsync(id, seatId, ct);
        return NoContent();
    }
}
