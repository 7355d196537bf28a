using CommunityPlatform.Application;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.CultureTeams.Venues;

/// <summary>Venues and their bookings from a week back: leaders ask, the culture worker approves or rejects — through the API's services.</summary>
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class VenuesModel(VenueService venues, BookingService bookings, RequestContext context, TimeProvider clock) : PageModel
{
    public IReadOnlyList<VenueDto> Venues { get; private set; } = [];
    public Paged<BookingDto> Bookings { get; private set; } = new([], 0);

    [BindProperty] public BookingRequest Booking { get; set; } = new();

    public bool CanRecord => context.Has(CulturePermissions.Record);
    public bool CanConfirm => context.Has(CulturePermissions.Confirm);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Venues = await venues.ListAsync(ct);
        Bookings = await bookings.ListAsync(new BookingQuery { From = clock.GetUtcNow().UtcDateTime.AddDays(-7), PageSize = PageQuery.MaxPageSize }, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRecord) return Forbid();
        var typed = new BookingRequest
        {
            VenueId = Booking.VenueId, Purpose = Booking.Purpose, BookedBy = Booking.BookedBy, Attendees = Booking.Attendees,
            StartsAt = Booking.StartsAt is { } s ? ChinaTime.Utc(DateOnly.FromDateTime(s), TimeOnly.FromDateTime(s)) : null,
            EndsAt = Booking.EndsAt is { } e ? ChinaTime.Utc(DateOnly.FromDateTime(e), TimeOnly.FromDateTime(e)) : null,
        };
        if (await this.SaveAsync("booking", () => bookings.RequestAsync(typed, ct))) return RedirectToPage();
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id, string stamp, BookingAction action, CancellationToken ct)
    {
        if (!CanConfirm) return Forbid();
        ModelState.Clear();
        if (await this.SaveAsync("step", () => bookings.StepAsync(id, new BookingStepRequest { Action = action, ConcurrencyStamp = stamp }, ct))) return RedirectToPage();
        await OnGetAsync(ct);
        return Page();
    }
}
