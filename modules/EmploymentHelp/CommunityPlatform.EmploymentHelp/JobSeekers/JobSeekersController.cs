using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.JobSeekers;

/// <summary>失业登记: job seekers of the registry, with deregistration and the card an employer may be shown.</summary>
[Route("api/employment/job-seekers")]
[RequiresCommunity]
public sealed class JobSeekersController(JobSeekerService seekers, LedgerExports exports) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<Paged<JobSeekerDto>> List([FromQuery] JobSeekerQuery query, CancellationToken ct) => seekers.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<JobSeekerDto> Get(Guid id, CancellationToken ct) => seekers.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<JobSeekerDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<JobSeekerDto>> Create(JobSeekerRequest request, CancellationToken ct)
    {
        var created = await seekers.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPost("{id:guid}/deregister")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<JobSeekerDto> Deregister(Guid id, DeregisterRequest request, CancellationToken ct) => seekers.DeregisterAsync(id, request, ct);

    /// <summary>The job seekers in the labour system's fields (失业登记).</summary>
    [HttpGet("ledger.xlsx")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public async Task<IActionResult> Ledger(CancellationToken ct)
    {
        var (content, name) = await exports.JobSeekersAsync(ct);
        return File(content, LedgerExports.Xlsx, name);
    }
}
