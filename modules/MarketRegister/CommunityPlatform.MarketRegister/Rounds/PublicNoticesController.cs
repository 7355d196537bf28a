using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>公示: a round's result, public on purpose (posted at the market gate and online), without scores or grounds.</summary>
[Route("api/market/public/notices")]
public sealed class PublicNoticesController(PublicNotices notices) : ModuleController
{
    [HttpGet("{code}")]
    [AllowAnonymous]
    public Task<PublicNoticeDto> Get([FromRoute, StringLength(64)] string code, CancellationToken ct) => notices.GetAsync(code, ct);
}
