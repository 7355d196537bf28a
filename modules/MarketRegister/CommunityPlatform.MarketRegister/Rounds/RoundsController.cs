using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>Allocation rounds (公开公平公正): applications, ranking from a recorded seed, notice, objections, letting — and the recomputation anyone may ask for.</summary>
[Route("api/market")]
[RequiresCommunity]
public sealed class RoundsController(RoundService rounds, ApplicationService applications, ObjectionService objections, ScoringService scoring) : ModuleController
{
    [HttpGet("rounds")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<RoundDto>> List([FromQuery] RoundQuery query, CancellationToken ct) => rounds.ListAsync(query, ct);

    [HttpGet("rounds/{id:guid}")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<RoundDto> Get(Guid id, CancellationToken ct) => rounds.GetAsync(id, ct);

    /// <summary>Announces a round with vacant stalls of one market; they are reserved for it.</summary>
    [HttpPost("rounds")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<RoundDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<RoundDto>> Create(RoundRequest request, CancellationToken ct)
    {
        var created = await rounds.CreateAsync(request, ct);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    /// <summary>Scores and ranks the applications; the seed (given or made) is recorded with the result.</summary>
    [HttpPost("rounds/{id:guid}/ranking")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<RoundDto> Rank(Guid id, RoundStepRequest request, CancellationToken ct) => rounds.RankAsync(id, request, ct);

    /// <summary>Publishes the result for at least five working days (China's calendar, 调休 included).</summary>
    [HttpPost("rounds/{id:guid}/notice")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<RoundDto> Publish(Guid id, RoundStepRequest request, CancellationToken ct) => rounds.PublishAsync(id, request, ct);

    /// <summary>Lets the stalls by rank once the notice is over and every objection answered; winners get a vendor file and badge.</summary>
    [HttpPost("rounds/{id:guid}/letting")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<RoundDto> Let(Guid id, RoundStepRequest request, CancellationToken ct) => rounds.LetAsync(id, request, ct);

    /// <summary>Works the allocation out again from the recorded seed and says whether it gives the recorded winners.</summary>
    [HttpGet("rounds/{id:guid}/recomputation")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<RecomputedAllocationDto> Recompute(Guid id, CancellationToken ct) => rounds.RecomputeAsync(id, ct);

    [HttpGet("rounds/{id:guid}/applications")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<Paged<StallApplicationDto>> Applications(Guid id, [FromQuery] PageQuery query, CancellationToken ct) => applications.ListAsync(id, query, ct);

    [HttpPost("rounds/{id:guid}/applications")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<StallApplicationDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<StallApplicationDto>> Apply(Guid id, StallApplicationRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await applications.ApplyAsync(id, request, ct));

    [HttpPut("rounds/{id:guid}/applications/{applicationId:guid}/eligibility")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<StallApplicationDto> Decide(Guid id, Guid applicationId, EligibilityRequest request, CancellationToken ct) =>
        applications.DecideAsync(id, applicationId, request, ct);

    [HttpGet("rounds/{id:guid}/objections")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<IReadOnlyList<ObjectionDto>> Objections(Guid id, CancellationToken ct) => objections.ListAsync(id, ct);

    [HttpPost("rounds/{id:guid}/objections")]
    [RequiresPermission(MarketPermissions.Manage)]
    [ProducesResponseType<ObjectionDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ObjectionDto>> Object(Guid id, ObjectionRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await objections.RaiseAsync(id, request, ct));

    [HttpPut("rounds/{id:guid}/objections/{objectionId:guid}")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<ObjectionDto> Answer(Guid id, Guid objectionId, ObjectionAnswerRequest request, CancellationToken ct) =>
        objections.AnswerAsync(id, objectionId, request, ct);

    /// <summary>The community's weights for each ground and the share kept for new vendors.</summary>
    [HttpGet("settings/scoring")]
    [RequiresPermission(MarketPermissions.View)]
    public Task<ScoringDto> Scoring(CancellationToken ct) => scoring.GetAsync(ct);

    /// <summary>Changes the weights; <c>concurrencyStamp</c> is <c>default</c> while the community has none of its own.</summary>
    [HttpPut("settings/scoring")]
    [RequiresPermission(MarketPermissions.Manage)]
    public Task<ScoringDto> SetScoring(ScoringRequest request, CancellationToken ct) => scoring.UpdateAsync(request, ct);
}
