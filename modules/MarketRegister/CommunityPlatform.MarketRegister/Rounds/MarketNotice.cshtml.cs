using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>The public notice page (公示) of a round, posted at the market gate as a QR code: no account needed, masked names only.</summary>
[AllowAnonymous]
public sealed class MarketNoticeModel(PublicNotices notices) : PageModel
{
    public PublicNoticeDto Notice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        try
        {
            Notice = await notices.GetAsync(code, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
