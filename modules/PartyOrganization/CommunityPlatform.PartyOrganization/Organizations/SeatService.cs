using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>The seats of a committee; a 大党委's come from the area's units, police, owners' committee and property company.</summary>
public sealed class SeatService(PartyDbContext db, PartyNames names) : IScopedService
{
    public async Task<IReadOnlyList<CommitteeSeatDto>> ListAsync(Guid unitId, CancellationToken ct)
    {
        await names.UnitAsync(unitId, ct);
        return await db.Seats.AsNoTracking().Where(s => s.UnitId == unitId).OrderBy(s => s.Id)
            .Select(s => new CommitteeSeatDto(s.Id, s.UnitId, s.Name, s.Post, s.Affiliation, s.Organisation)).ToListAsync(ct);
    }

    public async Task<CommitteeSeatDto> AddAsync(Guid unitId, CommitteeSeatRequest request, CancellationToken ct)
    {
        var unit = await names.UnitAsync(unitId, ct);
        if (unit.Kind != UnitKind.Committee) throw new BusinessRuleException(PartyErrors.SeatsOnlyForCommittees);
        var seat = new CommitteeSeat(unit.Id, request.Name!, request.Post!, request.Affiliation, request.Organisation);
        db.Seats.Add(seat);
        await db.SaveChangesAsync(ct);
        return new CommitteeSeatDto(seat.Id, seat.UnitId, seat.Name, seat.Post, seat.Affiliation, seat.Organisation);
    }

    public async Task RemoveAsync(Guid unitId, Guid seatId, CancellationToken ct)
    {
        var seat = await db.Seats.FirstOrDefaultAsync(s => s.Id == seatId && s.UnitId == unitId, ct) ?? throw new NotFoundException(PlatformErrors.NotFound);
        db.Seats.Remove(seat);
        await db.SaveChangesAsync(ct);
    }
}
