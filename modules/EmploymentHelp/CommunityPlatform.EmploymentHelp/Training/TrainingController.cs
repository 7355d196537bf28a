using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Training;

/// <summary>Training classes with the employment bureau: counts of trainees, completions, certificates and placements.</summary>
[Route("api/employment/training-classes")]
[RequiresCommunity]
public sealed class TrainingController(TrainingService classes, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.View)]
    public Task<Paged<TrainingClassDto>> List([FromQuery] PageQuery query, CancellationToken ct) => classes.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.View)]
    public Task<TrainingClassDto> Get(Guid id, CancellationToken ct) => classes.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<TrainingClassDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<TrainingClassDto>> Create(TrainingClassRequest request, CancellationToken ct)
    {
        var created = await classes.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Enrols a resident, or records their completion, certificate and placement after the class.</summary>
    [HttpPost("{id:guid}/trainees")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<TrainingClassDto> Enrol(Guid id, EnrolmentRequest request, CancellationToken ct) => classes.EnrolAsync(id, request, ct);

    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.View)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await exports.TrainingAsync(ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}
