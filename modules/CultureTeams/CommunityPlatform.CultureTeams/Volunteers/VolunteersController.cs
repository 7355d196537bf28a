using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Settings;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>Volunteers with their confirmed hours and stars; proofs of service; the hours ledger for the national system.</summary>
[Route("api/culture/volunteers")]
[RequiresCommunity]
public sealed class VolunteersController(VolunteerService volunteers, ProofService proofs, CultureLedgers ledgers) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<Paged<VolunteerDto>> List([FromQuery] VolunteerQuery query, CancellationToken ct) => volunteers.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<VolunteerDto> Get(Guid id, CancellationToken ct) => volunteers.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(CulturePermissions.Manage)]
    [ProducesResponseType<VolunteerDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<VolunteerDto>> Create(VolunteerRequest request, CancellationToken ct)
    {
        var created = await volunteers.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPut("{id:guid}")]
    [RequiresPermission(CulturePermissions.Manage)]
    public Task<VolunteerDto> Update(Guid id, VolunteerRequest request, CancellationToken ct) => volunteers.UpdateAsync(id, request, ct);

    /// <summary>Issues a numbered proof of the volunteer's confirmed service over a period (记录证明); print it at <c>/culture/proofs/{id}</c>.</summary>
    [HttpPost("{id:guid}/proofs")]
    [RequiresPermission(CulturePermissions.Confirm)]
    [ProducesResponseType<ServiceProofDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ServiceProofDto>> IssueProof(Guid id, ServiceProofRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await proofs.IssueAsync(id, request, ct));

    /// <summary>One proof of service, by its id (printable at <c>/culture/proofs/{id}</c>).</summary>
    [HttpGet("~/api/culture/proofs/{proofId:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<ServiceProofDto> Proof(Guid proofId, CancellationToken ct) => proofs.GetAsync(proofId, ct);

    /// <summary>Confirmed hours per volunteer in a period, in the national volunteer system's fields (unified number, never the ID number).</summary>
    [HttpGet("hours.xlsx")]
    [RequiresPermission(CulturePermissions.View)]
    public async Task<IActionResult> HoursFile([FromQuery] DateOnly? from, [FromQuery] DateOnly? to, CancellationToken ct)
    {
        var (content, name) = await ledgers.HoursAsync(from, to, ct);
        return File(content, CultureLedgers.Xlsx, name);
    }
}

/// <summary>Service records: draft → submitted → confirmed | declined; a confirmed one is corrected by a reversal.</summary>
[Route("api/culture/service-records")]
[RequiresCommunity]
public sealed class ServiceRecordsController(ServiceRecordService records) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<Paged<ServiceRecordDto>> List([FromQuery] ServiceRecordQuery query, CancellationToken ct) => records.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(CulturePermissions.View)]
    public Task<ServiceRecordDto> Get(Guid id, CancellationToken ct) => records.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(CulturePermissions.Record)]
    [ProducesResponseType<ServiceRecordDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ServiceRecordDto>> Create(ServiceRecordRequest request, CancellationToken ct)
    {
        var created = await records.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Changes a draft or submitted record; a confirmed one answers 422 <c>Culture.ServiceRecordConfirmed</c>.</summary>
    [HttpPut("{id:guid}")]
    [RequiresPermission(CulturePermissions.Record)]
    public Task<ServiceRecordDto> Update(Guid id, ServiceRecordRequest request, CancellationToken ct) => records.UpdateAsync(id, request, ct);

    /// <summary>submit (Record), confirm or decline (Confirm).</summary>
    [HttpPost("{id:guid}/steps")]
    [RequiresPermission(CulturePermissions.Record)]
    public Task<ServiceRecordDto> Step(Guid id, ServiceStepRequest request, CancellationToken ct) => records.StepAsync(id, request, ct);

    /// <summary>Reverses a confirmed record (冲正) with a reason; the reversal is confirmed at once.</summary>
    [HttpPost("{id:guid}/reversal")]
    [RequiresPermission(CulturePermissions.Confirm)]
    [ProducesResponseType<ServiceRecordDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ServiceRecordDto>> Reverse(Guid id, ReversalRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await records.ReverseAsync(id, request, ct));
}

/// <summary>The community's rules for service hours.</summary>
[Route("api/culture/settings")]
[RequiresCommunity]
public sealed class SettingsController(SettingsService settings) : ModuleController
{
    [HttpGet]
    [RequiresPermission(CulturePermissions.View)]
    public Task<CultureSettingsDto> Get(CancellationToken ct) => settings.GetAsync(ct);

    [HttpPut]
    [RequiresPermission(CulturePermissions.Manage)]
    public Task<CultureSettingsDto> Update(CultureSettingsRequest request, CancellationToken ct) => settings.UpdateAsync(request, ct);
}
