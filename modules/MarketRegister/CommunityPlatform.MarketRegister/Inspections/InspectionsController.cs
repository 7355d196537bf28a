using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Inspections;

/// <summary>Inspections of the market: daily rounds, food safety, metrology and fire, with findings to rectify and recheck.</summary>
[Route("api/market/inspections")]
[RequiresCommunity]
public sealed class InspectionsController(InspectionService inspections) : ModuleController
{
    [HttpGet]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<InspectionDto>> List([FromQuery] InspectionQuery query, CancellationToken ct) => inspections.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<InspectionDto> Get(Guid id, CancellationToken ct) => inspections.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<InspectionDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<InspectionDto>> Record(InspectionRequest request, CancellationToken ct)
    {
        var created = await inspections.RecordAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Rectify a finding, or recheck it (a failed recheck opens it again).</summary>
    [HttpPost("{id:guid}/findings/{number}/steps")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<InspectionDto> Act(Guid id, [System.ComponentModel.DataAnnotations.Range(1, 50)] int number, FindingStepRequest request, CancellationToken ct) =>
        inspections.ActAsync(id, number, request, ct);
}
