using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Placements;

/// <summary>Placements and their follow-ups (+1, +3, +6 months by default), with the list of follow-ups due and overdue.</summary>
[Route("api/employment/placements")]
[RequiresCommunity]
public sealed class PlacementsController(PlacementService placements, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<PlacementDto>> List([FromQuery] PageQuery query, CancellationToken ct) => placements.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<PlacementDto> Get(Guid id, CancellationToken ct) => placements.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<PlacementDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PlacementDto>> Create(PlacementRequest request, CancellationToken ct)
    {
        var created = await placements.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPost("{id:guid}/follow-ups")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<PlacementDto> FollowUp(Guid id, FollowUpRequest request, CancellationToken ct) => placements.FollowUpAsync(id, request, ct);

    /// <summary>Follow-ups due by a day (default today) and not yet done; <c>overdueOnly</c> for those past their day.</summary>
    [HttpGet("follow-ups/due")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<DueFollowUpDto>> Due([FromQuery] DueFollowUpQuery query, CancellationToken ct) => placements.DueAsync(query, ct);

    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await exports.PlacementsAsync(ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}
