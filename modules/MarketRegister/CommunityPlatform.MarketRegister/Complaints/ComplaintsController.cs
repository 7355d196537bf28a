using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Complaints;

/// <summary>Complaints (投诉) from the phone, the supervision desk or on site, each step recorded; some sent to the grid.</summary>
[Route("api/market/complaints")]
[RequiresCommunity]
public sealed class ComplaintsController(ComplaintService complaints) : ModuleController
{
    [HttpGet]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<ComplaintDto>> List([FromQuery] ComplaintQuery query, CancellationToken ct) => complaints.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<ComplaintDto> Get(Guid id, CancellationToken ct) => complaints.GetAsync(id, ct);

    /// <summary>The copy handed to the vendor: never who complained.</summary>
    [HttpGet("{id:guid}/vendor-copy")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<VendorComplaintCopyDto> VendorCopy(Guid id, CancellationToken ct) => complaints.VendorCopyAsync(id, ct);

    [HttpPost]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<ComplaintDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ComplaintDto>> Receive(ComplaintRequest request, CancellationToken ct)
    {
        var created = await complaints.ReceiveAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>One step: reweigh, handle, answer, close, or send to the grid (only with the grid module on).</summary>
    [HttpPost("{id:guid}/steps")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<ComplaintDto> Act(Guid id, ComplaintStepRequest request, CancellationToken ct) => complaints.ActAsync(id, request, ct);
}
