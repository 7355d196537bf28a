using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Pledges;

/// <summary>公开承诺践诺: pledges of units and members, and their fulfilment as the branch assessed it.</summary>
public sealed class PledgeService(PartyDbContext db, PartyNames names, MemberService members, TimeProvider clock) : IScopedService
{
    public async Task<Paged<PledgeDto>> ListAsync(PledgeQuery q, CancellationToken ct)
    {
        var query = await names.WithinUnitAsync(db.Pledges.AsNoTracking(), q.UnitId, ct);

        if (q.MemberId is { } memberId) query = query.Where(p => p.MemberId == memberId);
        if (q.State is { } state) query = query.Where(p => p.State == state);
        if (q.Owner == PledgeOwner.Organization) query = query.Where(p => p.MemberId == null);
        if (q.Owner == PledgeOwner.Member) query = query.Where(p => p.MemberId != null);
        var total = await query.CountAsync(ct);
        var page = await query.OrderByDescending(p => p.MadeOn).ThenByDescending(p => p.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<PledgeDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<PledgeDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    public async Task<PledgeDto> CreateAsync(PledgeRequest request, CancellationToken ct)
    {
        var (unitId, member) = await OwnerAsync(request, ct);
        var pledge = new Pledge(unitId, member, request.Category!.Value, request.Content!, request.MadeOn!.Value, request.DueOn!.Value);
        db.Pledges.Add(pledge);
        await db.SaveChangesAsync(ct);
        return await GetAsync(pledge.Id, ct);
    }

    public async Task<PledgeDto> UpdateAsync(Guid id, PledgeRequest request, CancellationToken ct)
    {
        var pledge = await FindAsync(id, ct);
        db.ExpectStamp(pledge, request.ConcurrencyStamp);
        var (unitId, member) = await OwnerAsync(request, ct);
        pledge.Revise(unitId, member, request.Category!.Value, request.Content!, request.MadeOn!.Value, request.DueOn!.Value);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<PledgeDto> CloseAsync(Guid id, PledgeFulfilmentRequest request, CancellationToken ct)
    {
        var pledge = await FindAsync(id, ct);
        db.ExpectStamp(pledge, request.ConcurrencyStamp);
        pledge.Close(request.Fulfilled, request.On!.Value, request.Evidence, request.Assessment, clock.Today());
        if (request.Fulfilled) db.Publish(new PledgeFulfilled(pledge.Id, pledge.UnitId, pledge.MemberId, request.On.Value));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        db.Pledges.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    private async Task<(Guid UnitId, PartyMember? Member)> OwnerAsync(PledgeRequest request, CancellationToken ct)
    {
        if (request.MemberId is null == request.UnitId is null)
            throw new InvalidInputException(PartyErrors.PledgeOwner, "memberId", PartyErrors.PledgeOwner.Localized());
        if (request.MemberId is { } memberId)
        {
            var member = await members.ActiveAsync(memberId, "memberId", ct);
            return (member.UnitId, member);
        }

        return ((await names.UnitAsync(request.UnitId!.Value, ct)).Id, null);
    }

    private async Task<Pledge> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Pledges : db.Pledges.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException(PartyErrors.PledgeNotFound);

    private async Task<IReadOnlyList<PledgeDto>> ToDtosAsync(IReadOnlyList<Pledge> pledges, CancellationToken ct)
    {
        var units = await names.UnitsAsync(ct);
        var people = await names.MembersAsync(pledges.Where(p => p.MemberId is not null).Select(p => p.MemberId!.Value), ct);
        return pledges.Select(p => new PledgeDto(
            p.Id, p.UnitId, units.GetValueOrDefault(p.UnitId)?.Name ?? "", p.MemberId, p.MemberId is { } m ? people.GetValueOrDefault(m)?.Name : null,
            p.Category, p.Content, p.MadeOn, p.DueOn, p.State, p.ClosedOn, p.Evidence, p.Assessment, p.ConcurrencyStamp)).ToList();
    }
}
