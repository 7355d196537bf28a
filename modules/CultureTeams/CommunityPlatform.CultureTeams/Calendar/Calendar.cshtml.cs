using CommunityPlatform.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace CommunityPlatform.CultureTeams.Calendar;

/// <summary>The public calendar page, for the QR code on the community's notice board: no account needed.</summary>
[AllowAnonymous]
public sealed class CalendarModel(CalendarService calendars) : PageModel
{
    public CalendarDto Calendar { get; private set; } = null!;

    /// <summary>A PNG data URL of the QR code linking to this page (the strict policy allows <c>data:</c> images, not inline script).</summary>
    public string QrCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string community, CancellationToken ct)
    {
        try
        {
            Calendar = await calendars.GetAsync(community, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        QrCode = Qr.DataUrl($"{Request.Scheme}://{Request.Host}/culture/{Uri.EscapeDataString(Calendar.Community)}/calendar");
        return Page();
    }
}

/// <summary>QR codes as PNG data URLs for the public pages.</summary>
internal static class Qr
{
    public static string DataUrl(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
