using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.ZeroEmployment;

/// <summary>零就业家庭: recognised → assisting → cleared | exited, with the city's clock and the overdue list.</summary>
[Route("api/employment/zero-employment")]
[RequiresCommunity]
public sealed class ZeroEmploymentController(ZeroEmploymentService households, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<ZeroEmploymentDto>> List([FromQuery] ZeroEmploymentQuery query, CancellationToken ct) => households.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<ZeroEmploymentDto> Get(Guid id, CancellationToken ct) => households.GetAsync(id, ct);

    /// <summary>Households the registry suggests: every working-age member able to work tagged unemployed.</summary>
    [HttpGet("scan")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<IReadOnlyList<ZeroEmploymentCandidate>> Scan(CancellationToken ct) => households.ScanAsync(ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<ZeroEmploymentDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ZeroEmploymentDto>> Create(ZeroEmploymentRequest request, CancellationToken ct)
    {
        var created = await households.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPost("{id:guid}/assist")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<ZeroEmploymentDto> Assist(Guid id, ZeroEmploymentStepRequest request, CancellationToken ct) => households.AssistAsync(id, request, ct);

    /// <summary>Cleared: names the member now in stable work.</summary>
    [HttpPost("{id:guid}/clear")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<ZeroEmploymentDto> Clear(Guid id, ZeroEmploymentStepRequest request, CancellationToken ct) => households.ClearAsync(id, request, ct);

    [HttpPost("{id:guid}/exit")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<ZeroEmploymentDto> Exit(Guid id, ZeroEmploymentStepRequest request, CancellationToken ct) => households.ExitAsync(id, request, ct);

    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await exports.ZeroEmploymentAsync(ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}
