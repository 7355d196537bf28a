using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Markets;

/// <summary>The community's markets and their stalls.</summary>
[Route("api/market")]
[RequiresCommunity]
public sealed class MarketsController(MarketService markets, StallService stalls, Ledgers.MarketLedgers ledgers) : ModuleController
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every ledger of the market as one Excel workbook, a sheet each; identifiers masked, audited.</summary>
    [HttpGet("ledger.xlsx")]
    [RequiresPermission(MarketPermissions.View)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await ledgers.ExportAsync(ct);
        return File(content, Xlsx, name);
    }

    [HttpGet("markets")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<IReadOnlyList<MarketDto>> List(CancellationToken ct) => markets.ListAsync(ct);

    [HttpGet("markets/{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<MarketDto> Get(Guid id, CancellationToken ct) => markets.GetAsync(id, ct);

    [HttpPost("markets")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<MarketDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<MarketDto>> Create(MarketRequest request, CancellationToken ct)
    {
        var created = await markets.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Changes a market; <c>concurrencyStamp</c> must be the one it was read with (409 otherwise).</summary>
    [HttpPut("markets/{id:guid}")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<MarketDto> Update(Guid id, MarketRequest request, CancellationToken ct) => markets.UpdateAsync(id, request, ct);

    [HttpGet("stalls")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<StallDto>> Stalls([FromQuery] StallQuery query, CancellationToken ct) => stalls.ListAsync(query, ct);

    [HttpGet("stalls/{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<StallDto> Stall(Guid id, CancellationToken ct) => stalls.GetAsync(id, ct);

    [HttpPost("stalls")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<StallDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<StallDto>> CreateStall(StallRequest request, CancellationToken ct)
    {
        var created = await stalls.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Stall), new { id = created.Id }, created);
    }

    [HttpPut("stalls/{id:guid}")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<StallDto> UpdateStall(Guid id, StallRequest request, CancellationToken ct) => stalls.UpdateAsync(id, request, ct);
}
