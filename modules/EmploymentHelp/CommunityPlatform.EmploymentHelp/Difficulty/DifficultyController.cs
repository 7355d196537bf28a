using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Difficulty;

/// <summary>就业困难人员认定 (sensitive): applications, the street's and the district's decisions, revocation.</summary>
[Route("api/employment/difficulty")]
[RequiresCommunity]
public sealed class DifficultyController(DifficultyService cases, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<DifficultyCaseDto>> List([FromQuery] PageQuery query, CancellationToken ct) => cases.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<DifficultyCaseDto> Get(Guid id, CancellationToken ct) => cases.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<DifficultyCaseDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<DifficultyCaseDto>> Create(DifficultyCaseRequest request, CancellationToken ct)
    {
        var created = await cases.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Records the next review: the street's (初审) on an application, the district's (终审) after it.</summary>
    [HttpPost("{id:guid}/decision")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<DifficultyCaseDto> Decide(Guid id, DifficultyDecisionRequest request, CancellationToken ct) => cases.DecideAsync(id, request, ct);

    [HttpPost("{id:guid}/revoke")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<DifficultyCaseDto> Revoke(Guid id, DifficultyRevokeRequest request, CancellationToken ct) => cases.RevokeAsync(id, request, ct);

    /// <summary>The cases in the labour system's fields (就业困难人员认定).</summary>
    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await exports.DifficultyAsync(ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}
