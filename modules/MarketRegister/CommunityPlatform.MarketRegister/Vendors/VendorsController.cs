using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>Vendors' files and badges, expiring certificates, and the cards against them.</summary>
[Route("api/market")]
[RequiresCommunity]
public sealed class VendorsController(VendorService vendors, CardService cards) : ModuleController
{
    [HttpGet("vendors")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<VendorDto>> List([FromQuery] VendorQuery query, CancellationToken ct) => vendors.ListAsync(query, ct);

    [HttpGet("vendors/{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<VendorDto> Get(Guid id, CancellationToken ct) => vendors.GetAsync(id, ct);

    [HttpPost("vendors")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<VendorDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<VendorDto>> Create(VendorRequest request, CancellationToken ct)
    {
        var created = await vendors.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("vendors/{id:guid}")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<VendorDto> Update(Guid id, VendorRequest request, CancellationToken ct) => vendors.UpdateAsync(id, request, ct);

    /// <summary>The vendor leaves the market; the file is kept at least six months.</summary>
    [HttpPost("vendors/{id:guid}/leaving")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<VendorDto> Leave(Guid id, VendorLeaveRequest request, CancellationToken ct) => vendors.LeaveAsync(id, request, ct);

    /// <summary>Removes a file, only six months after the vendor left (422 <c>Market.FileKept</c> before).</summary>
    [HttpDelete("vendors/{id:guid}")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(Guid id, CancellationToken ct)
    {
        await vendors.DeleteAsync(id, ct);
        return NoContent();
    }

    /// <summary>Licences, food permits, badges and (for those who may see them) health certificates expired or expiring within <c>days</c> (default 30).</summary>
    [HttpGet("certificates/expiring")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<IReadOnlyList<ExpiringCertificate>> Expiring([FromQuery, System.ComponentModel.DataAnnotations.Range(0, 365)] int? days, CancellationToken ct) =>
        vendors.ExpiringAsync(days ?? 30, ct);

    [HttpGet("cards")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<VendorCardRecordDto>> Cards([FromQuery] Guid? vendorId, [FromQuery] PageQuery query, CancellationToken ct) => cards.ListAsync(vendorId, query, ct);

    /// <summary>A yellow or red card with its points and reason.</summary>
    [HttpPost("cards")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<VendorCardRecordDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<VendorCardRecordDto>> Give(CardRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await cards.GiveAsync(request, ct));
}
