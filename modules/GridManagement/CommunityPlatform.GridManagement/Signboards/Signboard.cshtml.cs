using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace CommunityPlatform.GridManagement.Signboards;

/// <summary>The public page of a grid's signboard, for the QR code on the sign itself: no account needed.</summary>
[AllowAnonymous]
public sealed class SignboardModel(SignboardService signboards) : PageModel
{
    public SignboardDto Board { get; private set; } = null!;

    /// <summary>A PNG data URL of the QR code linking to this page (the strict policy allows <c>data:</c> images, not inline script).</summary>
    public string QrCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        try
        {
            Board = await signboards.GetAsync(code, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        var url = $"{Request.Scheme}://{Request.Host}/grid/signboards/{Uri.EscapeDataString(Board.Code)}";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        QrCode = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        return Page();
    }
}
