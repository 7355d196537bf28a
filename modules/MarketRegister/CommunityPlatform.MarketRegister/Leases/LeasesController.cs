using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Leases;

/// <summary>Leases of the stalls and their bills: rent, management, cleaning and utilities in fen, payments and arrears.</summary>
[Route("api/market")]
[RequiresCommunity]
public sealed class LeasesController(LeaseService leases, BillService bills) : ModuleController
{
    /// <summary>Leases; <c>endingWithinDays=30</c> gives the reminder list.</summary>
    [HttpGet("leases")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<LeaseDto>> List([FromQuery] LeaseQuery query, CancellationToken ct) => leases.ListAsync(query, ct);

    [HttpGet("leases/{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<LeaseDto> Get(Guid id, CancellationToken ct) => leases.GetAsync(id, ct);

    [HttpPost("leases")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<LeaseDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<LeaseDto>> Draft(LeaseRequest request, CancellationToken ct)
    {
        var created = await leases.DraftAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Sign, renew (answers the new lease), expire, terminate (exit or breach, with the reason), refund the deposit.</summary>
    [HttpPost("leases/{id:guid}/steps")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<LeaseDto> Act(Guid id, LeaseStepRequest request, CancellationToken ct) => leases.ActAsync(id, request, ct);

    [HttpGet("bills")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<BillDto>> Bills([FromQuery] BillQuery query, CancellationToken ct) => bills.ListAsync(query, ct);

    /// <summary>Issues the month's rent, management and cleaning bills of every active lease (again: nothing new).</summary>
    [HttpPost("bills/issue")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<IssuedBills> Issue(IssueBillsRequest request, CancellationToken ct) => bills.IssueAsync(request.Month!.Value, ct);

    [HttpPost("bills/utilities")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<BillDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<BillDto>> Utilities(UtilityBillRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await bills.UtilitiesAsync(request, ct));

    [HttpPost("bills/{id:guid}/payments")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<BillDto> Pay(Guid id, PaymentRequest request, CancellationToken ct) => bills.PayAsync(id, request, ct);
}
