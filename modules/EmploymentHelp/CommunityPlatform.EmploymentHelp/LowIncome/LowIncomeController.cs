using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.LowIncome;

/// <summary>
/// The 低保 register by household (sensitive: the module's staff and the secretary). Enrolling tags the household and
/// its living members low-income in the registry; ending clears the tags.
/// </summary>
[Route("api/employment/low-income")]
[RequiresCommunity]
public sealed class LowIncomeController(LowIncomeService register, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<LowIncomeHouseholdDto>> List([FromQuery] LowIncomeQuery query, CancellationToken ct) => register.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<LowIncomeHouseholdDto> Get(Guid id, CancellationToken ct) => register.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<LowIncomeHouseholdDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<LowIncomeHouseholdDto>> Enrol(LowIncomeRequest request, CancellationToken ct)
    {
        var created = await register.EnrolAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>年审: records the yearly review; the next is due a year later.</summary>
    [HttpPost("{id:guid}/review")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<LowIncomeHouseholdDto> Review(Guid id, LowIncomeReviewRequest request, CancellationToken ct) => register.ReviewAsync(id, request, ct);

    [HttpPost("{id:guid}/end")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<LowIncomeHouseholdDto> End(Guid id, LowIncomeEndRequest request, CancellationToken ct) => register.EndAsync(id, request, ct);

    /// <summary>The register in civil affairs' fields (民政社会救助系统), for upload without retyping.</summary>
    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await exports.LowIncomeAsync(ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}
