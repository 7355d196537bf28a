using CommunityPlatform.Identity.Application;
using CommunityPlatform.Web.Api;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityPlatform.Identity.Api;

/// <summary>Signing in and the signed-in account.</summary>
[Route("api/account")]
public sealed class AccountController(SignInService signIn) : ModuleController
{
    /// <summary>Exchanges a user name and password for a bearer token. Five wrong passwords lock the account for 15 minutes.</summary>
    [HttpPost("token")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.SignIn)]
    [ProducesResponseType(StatusCodes.Status429TooManyRequests)]
    public Task<TokenResponse> Token(TokenRequest request) => signIn.IssueTokenAsync(request);

    /// <summary>The account, the communities it may see and its permissions in the current one (<c>X-Community</c>).</summary>
    [HttpGet("me")]
    public Task<MeDto> Me() => signIn.MeAsync();

    [HttpPost("password")]
    [AllowsReadOnlyAccounts]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> ChangePassword(ChangePasswordRequest request)
    {
        await signIn.ChangePasswordAsync(request);
        return NoContent();
    }
}
