using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Care;

/// <summary>Answers other modules with some residents' wishes and pairings (<see cref="IResidentCare"/>), newest first.</summary>
public sealed class ResidentCare(PartyDbContext db) : IResidentCare, IScopedService
{
    public async Task<IReadOnlyList<ResidentWish>> WishesOfAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken)
    {
        if (residentIds.Count == 0) return [];
        var ids = residentIds.Distinct().ToList();
        return await db.Wishes.AsNoTracking().Where(w => ids.Contains(w.ResidentId)).OrderByDescending(w => w.PostedOn)
            .Select(w => new ResidentWish(w.Id, w.ResidentId, w.Wish, w.PostedOn, w.State)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ResidentPairing>> PairingsOfAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken)
    {
        if (residentIds.Count == 0) return [];
        var ids = residentIds.Distinct().ToList();
        return await db.Pairings.AsNoTracking().Where(p => ids.Contains(p.ResidentId)).OrderByDescending(p => p.StartedOn)
            .Select(p => new ResidentPairing(p.Id, p.ResidentId, p.MemberId, p.Need, p.StartedOn, p.EndedOn)).ToListAsync(cancellationToken);
    }
}
