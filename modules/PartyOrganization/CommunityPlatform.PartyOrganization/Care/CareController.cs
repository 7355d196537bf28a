using CommunityPlatform.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.PartyOrganization.Care;

/// <summary>结对帮扶, 微心愿 and 民情代办: what members do for residents in need.</summary>
[Route("api/party")]
[RequiresCommunity]
public sealed class CareController(PairingService pairings, WishService wishes, ErrandService errands) : ModuleController
{
    [HttpGet("pairings")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<PairingDto>> Pairings([FromQuery] Guid? memberId, CancellationToken ct) => pairings.ListAsync(memberId, ct);

    [HttpPost("pairings")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType<PairingDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<PairingDto>> Pair(PairingRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await pairings.PairAsync(request, ct));

    [HttpPost("pairings/{id:guid}/visits")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<PairingDto> Visit(Guid id, PairingVisitRequest request, CancellationToken ct) => pairings.VisitAsync(id, request, ct);

    [HttpGet("wishes")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<MicroWishDto>> Wishes([FromQuery] WishState? state, CancellationToken ct) => wishes.ListAsync(state, ct);

    [HttpPost("wishes")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType<MicroWishDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<MicroWishDto>> Post(MicroWishRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await wishes.PostAsync(request, ct));

    [HttpPost("wishes/{id:guid}/claim")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<MicroWishDto> Claim(Guid id, WishClaimRequest request, CancellationToken ct) => wishes.ClaimAsync(id, request, ct);

    [HttpPost("wishes/{id:guid}/fulfilment")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<MicroWishDto> Fulfil(Guid id, WishFulfilmentRequest request, CancellationToken ct) => wishes.FulfilAsync(id, request, ct);

    [HttpGet("errands")]
    [RequiresPermission(PartyPermissions.View)]
    public Task<IReadOnlyList<ErrandDto>> Errands([FromQuery] bool? done, CancellationToken ct) => errands.ListAsync(done, ct);

    [HttpPost("errands")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    [ProducesResponseType<ErrandDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<ErrandDto>> Accept(ErrandRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await errands.AcceptAsync(request, ct));

    [HttpPost("errands/{id:guid}/done")]
    [RequiresPermission(PartyPermissions.ManageActivities)]
    public Task<ErrandDto> Done(Guid id, ErrandDoneRequest request, CancellationToken ct) => errands.DoneAsync(id, request, ct);
}
