using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>The page behind a badge's QR code: whom a shopper is buying from, masked, with the stall and credit level.</summary>
[AllowAnonymous]
public sealed class MarketBadgeCardModel(PublicBadges badges) : PageModel
{
    public VendorCardDto Card { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct)
    {
        try
        {
            Card = await badges.GetAsync(number, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
