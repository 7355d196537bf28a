using CommunityPlatform.Identity.Application;
using CommunityPlatform.Security;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.Identity.Api;

/// <summary>
/// The street's display accounts for its wall screen (大屏): a street account makes them for its own street (a street
/// action), the city for a street it names. A display account sees the big screen of the street's communities only.
/// </summary>
[Route("api/identity/displays")]
public sealed class DisplaysController(DisplayAccountService displays) : ModuleController
{
    [HttpGet]
    [AcrossCommunities]
    [RequiresPermission(DisplayAccounts.ManagePermission)]
    public Task<IReadOnlyList<AccountDto>> List([FromQuery] Guid? streetId, CancellationToken ct) => displays.ListAsync(streetId, ct);

    [HttpPost]
    [AcrossCommunities]
    [StreetAction]
    [RequiresPermission(DisplayAccounts.ManagePermission)]
    [ProducesResponseType<AccountDto>(StatusCodes.Status201Created)]
    public async Task<ActionResult<AccountDto>> Create(CreateDisplayRequest request, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await displays.CreateAsync(request, ct));

    /// <summary>Takes one of the street's own display accounts off the wall: it can no longer sign in, its tokens and sessions end.</summary>
    /// <remarks>
    /// Guarded by reading accounts, not by the street's permission: like every write to an account by id, an account
    /// manager of a community asking about an account not its own learns nothing (404, not 403); the service finds only
    /// the calling street's own display accounts, and only for a street holding <see cref="DisplayAccounts.ManagePermission"/>.
    /// </remarks>
    [HttpPost("{id:guid}/disable")]
    [AcrossCommunities]
    [StreetAction]
    [RequiresPermission(IdentityPermissions.AccountsView)]
    public Task<AccountDto> Disable(Guid id, DisableDisplayRequest request, CancellationToken ct) => displays.DisableAsync(id, request, ct);
}
