using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Venues;

/// <summary>
/// Bookings of the community's venues. Two approved bookings of one venue never overlap: an approval checks the
/// venue's approved bookings and bumps the venue's row in the same save, so of two approvals racing each other the
/// second finds the venue's stamp changed, looks again and sees the first (409 <c>Culture.VenueTaken</c>).
/// </summary>
public sealed class BookingService(CultureTeamsDbContext db, VenueService venues) : IScopedService
{
    private const int Attempts = 4;

    public async Task<Paged<BookingDto>> ListAsync(BookingQuery q, CancellationToken ct)
    {
        var query = db.Bookings.AsNoTracking();
        if (q.VenueId is { } venue) query = query.Where(b => b.VenueId == venue);
        if (q.State is { } state) query = query.Where(b => b.State == state);
        if (q.From is { } from) query = query.Where(b => b.EndsAt > from);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(b => b.StartsAt).ThenBy(b => b.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<BookingDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<BookingDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<BookingDto> RequestAsync(BookingRequest r, CancellationToken ct)
    {
        var venue = await venues.ForFieldAsync(r.VenueId!.Value, "venueId", ct);
        var booking = new Booking(venue.Id, r.Purpose!.Trim(), r.BookedBy!.Trim(), r.TeamId, r.StartsAt!.Value.ToUniversalTime(), r.EndsAt!.Value.ToUniversalTime(), r.Attendees);
        if (!venue.IsOpen(booking.StartsAt, booking.EndsAt)) throw new BusinessRuleException(CultureErrors.OutsideOpenHours);
        if (r.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, ct))
            throw new InvalidInputException(CultureErrors.TeamNotFound, "teamId", CultureErrors.TeamNotFound.Localized());
        db.Bookings.Add(booking);
        await db.SaveChangesAsync(ct);
        return await GetAsync(booking.Id, ct);
    }

    public async Task<BookingDto> StepAsync(Guid id, BookingStepRequest r, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var booking = await FindAsync(id, ct);
            db.ExpectStamp(booking, r.ConcurrencyStamp);
            booking.Apply(r.Action!.Value, r.Note?.Trim());
            if (r.Action == BookingAction.Approve)
            {
                var venue = await venues.FindAsync(booking.VenueId, ct);
                if (await OverlapsAsync(booking, ct)) throw new ConflictException(CultureErrors.VenueTaken);
                venue.Take();
            }

            try
            {
                await db.SaveChangesAsync(ct);
                return await GetAsync(id, ct);
            }
            catch (DbUpdateConcurrencyException) when (r.Action == BookingAction.Approve && attempt < Attempts)
            {
                // If only the venue moved under us, another approval of it was saved first: look again from the database.
                db.ChangeTracker.Clear();
                if (await BookingChangedAsync(id, r.ConcurrencyStamp!, ct)) throw new ConflictException(Errors.PlatformErrors.Stale);
            }
        }
    }

    private async Task<bool> OverlapsAsync(Booking booking, CancellationToken ct) =>
        await db.Bookings.AsNoTracking().AnyAsync(b => b.VenueId == booking.VenueId && b.Id != booking.Id && Booking.Holding.Contains(b.State)
                                                      && b.StartsAt < booking.EndsAt && booking.StartsAt < b.EndsAt, ct);

    private async Task<bool> BookingChangedAsync(Guid id, string stamp, CancellationToken ct) =>
        await db.Bookings.AsNoTracking().Where(b => b.Id == id).Select(b => b.ConcurrencyStamp).FirstOrDefaultAsync(ct) != stamp;

    private async Task<Booking> FindAsync(Guid id, CancellationToken ct) =>
        await db.Bookings.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException(CultureErrors.BookingNotFound);

    private async Task<IReadOnlyList<BookingDto>> ToDtosAsync(IReadOnlyList<Booking> bookings, CancellationToken ct)
    {
        var ids = bookings.Select(b => b.VenueId).Distinct().ToList();
        var names = await db.Venues.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        return bookings.Select(b => new BookingDto(b.Id, b.VenueId, names.GetValueOrDefault(b.VenueId, ""), b.Purpose, b.BookedBy, b.TeamId, b.StartsAt, b.EndsAt,
            b.Attendees, b.State, b.Note, b.ConcurrencyStamp)).ToList();
    }
}
