using CommunityPlatform.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.GridManagement.Signboards;

/// <summary>民情网格牌: the one thing of the module anyone may read, without an account.</summary>
[Route("api/grid/public/signboards")]
public sealed class SignboardsController(SignboardService signboards) : ModuleController
{
    [HttpGet("{code}")]
    [AllowAnonymous]
    public Task<SignboardDto> Get([FromRoute, System.ComponentModel.DataAnnotations.StringLength(48)] string code, CancellationToken ct) => signboards.GetAsync(code, ct);
}
