using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>The Party organisation tree (党委 → 党总支 → 党支部 → 党小组) of the request's community.</summary>
[Route("api/party/organizations")]
[RequiresCommunity]
public sealed class OrganizationsController(OrganizationService organizations, SeatService seats, UnitTeams teams) : ModuleController
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

    /// <summary>
    /// Sets the unit's team whole: a branch's (or higher unit's) committee — secretary, deputies, committee members, the
    /// roll of a 支部委员会 — or a group's leader. Each an active member of the unit or a unit below it.
    /// </summary>
    [HttpPut("{id:guid}/team")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    public async Task<OrganizationUnitDto> SetTeam(Guid id, UnitTeamRequest request, CancellationToken ct)
    {
        await teams.SeatAsync(id, request, ct);
        return await organizations.GetAsync(id, ct);
    }

    /// <summary>Links a 网格党小组 to the grid it serves (a grid of the grid module, which must be on here), or unlinks it.</summary>
    [HttpPut("{id:guid}/grid")]
    [RequiresPermission(PartyPermissions.Organizations.Manage)]
    public async Task<OrganizationUnitDto> SetGrid(Guid id, UnitGridRequest request, CancellationToken ct)
    {
        await teams.ServeAsync(id, request, ct);
        return await organizations.GetAsync(id, ct);
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
