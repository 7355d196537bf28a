using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityPlatform.CultureTeams.Calendar;

/// <summary>The form a QR code at the venue opens: a resident gives name and phone once; no account needed.</summary>
[AllowAnonymous]
[EnableRateLimiting(CheckInLimit.Policy)]
public sealed class CheckInModel(CalendarService calendars) : PageModel
{
    [BindProperty] public CheckInRequest CheckIn { get; set; } = new();

    public CheckInDto? Done { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(string community, string code, CancellationToken ct)
    {
        await this.SaveAsync("checkIn", async () => Done = await calendars.CheckInAsync(community, code, CheckIn, ct));
        return Page();
    }
}
