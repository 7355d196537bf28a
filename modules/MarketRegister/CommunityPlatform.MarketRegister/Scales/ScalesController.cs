using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Scales;

/// <summary>The re-weigh desk (复称台): its fair scales and every re-weigh.</summary>
[Route("api/market")]
[RequiresCommunity]
public sealed class ScalesController(ScaleService scales, ReweighService reweighs) : ModuleController
{
    [HttpGet("scales")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<IReadOnlyList<ScaleDto>> Scales(CancellationToken ct) => scales.ListAsync(ct);

    [HttpPost("scales")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<ScaleDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ScaleDto>> AddScale(ScaleRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await scales.CreateAsync(request, ct));

    [HttpPut("scales/{id:guid}")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<ScaleDto> UpdateScale(Guid id, ScaleRequest request, CancellationToken ct) => scales.UpdateAsync(id, request, ct);

    [HttpGet("reweighs")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<ReweighDto>> Reweighs([FromQuery] ReweighQuery query, CancellationToken ct) => reweighs.ListAsync(query, ct);

    /// <summary>Records a re-weigh; short beyond the tolerance adds points against the stall holder.</summary>
    [HttpPost("reweighs")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<ReweighDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ReweighDto>> Reweigh(ReweighRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await reweighs.RecordAsync(request, ct));
}
