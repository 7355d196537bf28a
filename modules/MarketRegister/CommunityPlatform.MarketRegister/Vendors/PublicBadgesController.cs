using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>A vendor's public card (the QR code on the badge): public on purpose, masked name only.</summary>
[Route("api/market/public/badges")]
public sealed class PublicBadgesController(PublicBadges badges) : ModuleController
{
    [HttpGet("{number}")]
    [AllowAnonymous]
    public Task<VendorCardDto> Get([FromRoute, StringLength(64)] string number, CancellationToken ct) => badges.GetAsync(number, ct);
}
