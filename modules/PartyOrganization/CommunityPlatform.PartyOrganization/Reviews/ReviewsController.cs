using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Reviews;

/// <summary>党员评议 (一年一评) and the yearly awards.</summary>
[Route("api/party")]
[RequiresCommunity]
public sealed class ReviewsController(ReviewService reviews) : ModuleController
{
    [HttpGet("reviews")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<ReviewRoundDto>> Rounds(CancellationToken ct) => reviews.RoundsAsync(ct);

    [HttpPost("reviews")]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    [ProducesResponseType<ReviewRoundDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ReviewRoundDto>> Open(ReviewRoundRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await reviews.OpenAsync(request, ct));

    [HttpGet("reviews/{id:guid}/results")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<ReviewResultDto>> Results(Guid id, CancellationToken ct) => reviews.ResultsAsync(id, ct);

    /// <summary>Records (or replaces) a member's result in the round.</summary>
    [HttpPut("reviews/{id:guid}/results")]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    public Task<ReviewResultDto> Record(Guid id, ReviewResultRequest request, CancellationToken ct) => reviews.RecordAsync(id, request, ct);

    [HttpGet("awards")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<AwardDto>> Awards([FromQuery] int? year, CancellationToken ct) => reviews.AwardsAsync(year, ct);

    [HttpPost("awards")]
    [RequiresPermission(PartyPermissions.ManageMembers)]
    [ProducesResponseType<AwardDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<AwardDto>> Award(AwardRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await reviews.AwardAsync(request, ct));
}
