using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Venues;

/// <summary>The community's venues: listed by name, added, changed, removed while nothing uses them.</summary>
public sealed class VenueService(CultureTeamsDbContext db) : IScopedService
{
    public async Task<IReadOnlyList<VenueDto>> ListAsync(CancellationToken ct) =>
        (await db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<VenueDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<VenueDto> CreateAsync(VenueRequest r, CancellationToken ct)
    {
        var venue = new Venue(r.Name!.Trim(), r.Kind!.Value, r.Capacity, r.AreaM2, r.Opens ?? new(8, 0), r.Closes ?? new(21, 0), r.Address?.Trim(), r.Note?.Trim());
        db.Venues.Add(venue);
        await db.SaveChangesAsync(ct);
        return ToDto(venue);
    }

    public async Task<VenueDto> UpdateAsync(Guid id, VenueRequest r, CancellationToken ct)
    {
        var venue = await FindAsync(id, ct);
        db.ExpectStamp(venue, r.ConcurrencyStamp);
        venue.Change(r.Name!.Trim(), r.Kind!.Value, r.Capacity, r.AreaM2, r.Opens ?? venue.Opens, r.Closes ?? venue.Closes, r.Address?.Trim(), r.Note?.Trim());
        await db.SaveChangesAsync(ct);
        return ToDto(venue);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var venue = await FindAsync(id, ct);
        if (await db.Bookings.AnyAsync(b => b.VenueId == id, ct) || await db.Teams.AnyAsync(t => t.VenueId == id, ct) || await db.Points.AnyAsync(p => p.VenueId == id, ct))
            throw new BusinessRuleException(CultureErrors.VenueInUse);
        db.Venues.Remove(venue);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Venue> FindAsync(Guid id, CancellationToken ct) =>
        await db.Venues.FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException(CultureErrors.VenueNotFound);

    /// <summary>A venue of this community named in a request, or 400 on the field.</summary>
    public async Task<Venue> ForFieldAsync(Guid id, string field, CancellationToken ct) =>
        await db.Venues.FirstOrDefaultAsync(v => v.Id == id, ct)
        ?? throw new InvalidInputException(CultureErrors.VenueNotFound, field, CultureErrors.VenueNotFound.Localized());

    public static VenueDto ToDto(Venue v) => new(v.Id, v.Name, v.Kind, v.Capacity, v.AreaM2, v.Opens, v.Closes, v.Address, v.Note, v.ConcurrencyStamp);
}
