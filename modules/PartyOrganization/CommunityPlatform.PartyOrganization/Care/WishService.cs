using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Care;

/// <summary>微心愿: residents' small wishes, claimed by one member and fulfilled.</summary>
public sealed class WishService(PartyDbContext db, PartyNames names, MemberService members, TimeProvider clock) : IScopedService
{
    public async Task<IReadOnlyList<MicroWishDto>> ListAsync(WishState? state, CancellationToken ct)
    {
        var wishes = await db.Wishes.AsNoTracking().Where(w => state == null || w.State == state).OrderByDescending(w => w.PostedOn).ThenByDescending(w => w.Id).ToListAsync(ct);
        return await ToDtosAsync(wishes, ct);
    }

    public async Task<MicroWishDto> PostAsync(MicroWishRequest request, CancellationToken ct)
    {
        var resident = await names.ResidentAsync(request.ResidentId!.Value, "residentId", ct);
        if (request.PostedOn > clock.Today()) throw new BusinessRuleException(PartyErrors.DateInFuture);
        var wish = new MicroWish(resident.Id, request.Wish!, request.PostedOn!.Value);
        db.Wishes.Add(wish);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([wish], ct))[0];
    }

    public async Task<MicroWishDto> ClaimAsync(Guid id, WishClaimRequest request, CancellationToken ct)
    {
        var wish = await FindAsync(id, ct);
        db.ExpectStamp(wish, request.ConcurrencyStamp);
        var member = await members.ActiveAsync(request.MemberId!.Value, "memberId", ct);
        wish.Claim(member.Id, request.On!.Value, clock.Today());
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([wish], ct))[0];
    }

    public async Task<MicroWishDto> FulfilAsync(Guid id, WishFulfilmentRequest request, CancellationToken ct)
    {
        var wish = await FindAsync(id, ct);
        db.ExpectStamp(wish, request.ConcurrencyStamp);
        wish.Fulfil(request.On!.Value, request.Note, clock.Today());
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([wish], ct))[0];
    }

    private async Task<MicroWish> FindAsync(Guid id, CancellationToken ct) =>
        await db.Wishes.FirstOrDefaultAsync(w => w.Id == id, ct) ?? throw new NotFoundException(PartyErrors.WishNotFound);

    private async Task<IReadOnlyList<MicroWishDto>> ToDtosAsync(IReadOnlyList<MicroWish> wishes, CancellationToken ct)
    {
        var residents = await names.ResidentsAsync(wishes.Select(w => w.ResidentId), ct);
        var people = await names.MembersAsync(wishes.Where(w => w.MemberId is not null).Select(w => w.MemberId!.Value), ct);
        return wishes.Select(w => new MicroWishDto(
            w.Id, w.ResidentId, residents.GetValueOrDefault(w.ResidentId)?.Name ?? "", w.Wish, w.PostedOn, w.State, w.MemberId,
            w.MemberId is { } m ? people.GetValueOrDefault(m)?.Name : null, w.ClaimedOn, w.FulfilledOn, w.Note, w.ConcurrencyStamp)).ToList();
    }
}
