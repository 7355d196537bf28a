using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.EmploymentHelp.Openings;

/// <summary>Job openings and the referrals to them; an employer's card shows a referred seeker's name, skills and phone only.</summary>
[Route("api/employment/openings")]
[RequiresCommunity]
public sealed class OpeningsController(OpeningService openings) : ModuleController
{
    [HttpGet]
    [RequiresPermission(EmploymentPermissions.View)]
    public Task<Paged<OpeningDto>> List([FromQuery] PageQuery query, CancellationToken ct) => openings.ListAsync(query, ct);

    [HttpGet("{id:guid}")]
    [RequiresPermission(EmploymentPermissions.View)]
    public Task<OpeningDto> Get(Guid id, CancellationToken ct) => openings.GetAsync(id, ct);

    [HttpPost]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<OpeningDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<OpeningDto>> Create(OpeningRequest request, CancellationToken ct)
    {
        var created = await openings.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpGet("{id:guid}/referrals")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<IReadOnlyList<ReferralDto>> Referrals(Guid id, CancellationToken ct) => openings.ReferralsAsync(id, ct);

    [HttpPost("{id:guid}/referrals")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    [ProducesResponseType<ReferralDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ReferralDto>> Refer(Guid id, ReferralRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await openings.ReferAsync(id, request, ct));

    [HttpPost("referrals/{referralId:guid}/outcome")]
    [RequiresPermission(EmploymentPermissions.Manage)]
    public Task<ReferralDto> Outcome(Guid referralId, ReferralOutcomeRequest request, CancellationToken ct) => openings.ConcludeAsync(referralId, request, ct);

    /// <summary>The referral card for the employer: name, skills and phone, nothing else.</summary>
    [HttpGet("referrals/{referralId:guid}/card")]
    [RequiresPermission(EmploymentPermissions.Cases)]
    public Task<ReferralCardDto> Card(Guid referralId, CancellationToken ct) => openings.CardAsync(referralId, ct);
}
