using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Shops;

/// <summary>The register of street-front shops (沿街门店); credit codes masked.</summary>
[Route("api/market/shops")]
[RequiresCommunity]
public sealed class ShopsController(ShopService shops) : ModuleController
{
    [HttpGet]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<ShopDto>> List([FromQuery] ShopQuery query, CancellationToken ct) => shops.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<ShopDto> Get(Guid id, CancellationToken ct) => shops.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<ShopDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ShopDto>> Create(ShopRequest request, CancellationToken ct)
    {
        var created = await shops.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<ShopDto> Update(Guid id, ShopRequest request, CancellationToken ct) => shops.UpdateAsync(id, request, ct);
}
