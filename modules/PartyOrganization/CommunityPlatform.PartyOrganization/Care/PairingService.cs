using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Care;

/// <summary>结对帮扶 (一对一): members paired with residents in need, and the visits made.</summary>
public sealed class PairingService(PartyDbContext db, PartyNames names, MemberService members, TimeProvider clock) : IScopedService
{
    public async Task<IReadOnlyList<PairingDto>> ListAsync(Guid? memberId, CancellationToken ct)
    {
        var pairings = await db.Pairings.AsNoTracking().Where(p => memberId == null || p.MemberId == memberId).OrderByDescending(p => p.StartedOn).ToListAsync(ct);
        var ids = pairings.Select(p => p.Id).ToList();
        var visits = await db.PairingVisits.AsNoTracking().Where(v => ids.Contains(v.PairingId)).OrderBy(v => v.VisitedOn).ToListAsync(ct);
        var people = await names.MembersAsync(pairings.Select(p => p.MemberId), ct);
        var residents = await names.ResidentsAsync(pairings.Select(p => p.ResidentId), ct);
        return pairings.Select(p => new PairingDto(
            p.Id, p.MemberId, people.GetValueOrDefault(p.MemberId)?.Name ?? "", p.ResidentId, residents.GetValueOrDefault(p.ResidentId)?.Name ?? "",
            p.Need, p.StartedOn, p.EndedOn,
            visits.Where(v => v.PairingId == p.Id).Select(v => new PairingVisitDto(v.Id, v.VisitedOn, v.Note)).ToList(), p.ConcurrencyStamp)).ToList();
    }

    public async Task<PairingDto> PairAsync(PairingRequest request, CancellationToken ct)
    {
        var member = await members.ActiveAsync(request.MemberId!.Value, "memberId", ct);
        var resident = await names.ResidentAsync(request.ResidentId!.Value, "residentId", ct);
        var pairing = new Pairing(member, resident.Id, request.Need!, request.StartedOn!.Value, clock.Today());
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(member.Id, ct)).First(p => p.Id == pairing.Id);
    }

    public async Task<PairingDto> VisitAsync(Guid id, PairingVisitRequest request, CancellationToken ct)
    {
        var pairing = await db.Pairings.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(PartyErrors.PairingNotFound);
        db.PairingVisits.Add(pairing.Visit(request.VisitedOn!.Value, request.Note!, clock.Today()));
        await db.SaveChangesAsync(ct);
        return (await ListAsync(pairing.MemberId, ct)).First(p => p.Id == id);
    }
}
