using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Care;

/// <summary>民情代办: errands members run for residents, from accepted to done.</summary>
public sealed class ErrandService(PartyDbContext db, PartyNames names, MemberService members, TimeProvider clock) : IScopedService
{
    public async Task<IReadOnlyList<ErrandDto>> ListAsync(bool? done, CancellationToken ct)
    {
        var errands = await db.Errands.AsNoTracking().Where(e => done == null || (e.DoneOn != null) == done)
            .OrderByDescending(e => e.AcceptedOn).ThenByDescending(e => e.Id).Take(500).ToListAsync(ct);
        return await ToDtosAsync(errands, ct);
    }

    public async Task<ErrandDto> AcceptAsync(ErrandRequest request, CancellationToken ct)
    {
        var member = await members.ActiveAsync(request.MemberId!.Value, "memberId", ct);
        var resident = await names.ResidentAsync(request.ResidentId!.Value, "residentId", ct);
        if (request.AcceptedOn > clock.Today()) throw new BusinessRuleException(PartyErrors.DateInFuture);
        var errand = new Errand(resident.Id, member.Id, request.Matter!, request.AcceptedOn!.Value);
        db.Errands.Add(errand);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([errand], ct))[0];
    }

    public async Task<ErrandDto> DoneAsync(Guid id, ErrandDoneRequest request, CancellationToken ct)
    {
        var errand = await db.Errands.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException(PartyErrors.ErrandNotFound);
        db.ExpectStamp(errand, request.ConcurrencyStamp);
        errand.Done(request.On!.Value, request.Outcome!, clock.Today());
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([errand], ct))[0];
    }

    private async Task<IReadOnlyList<ErrandDto>> ToDtosAsync(IReadOnlyList<Errand> errands, CancellationToken ct)
    {
        var residents = await names.ResidentsAsync(errands.Select(e => e.ResidentId), ct);
        var people = await names.MembersAsync(errands.Select(e => e.MemberId), ct);
        return errands.Select(e => new ErrandDto(
            e.Id, e.ResidentId, residents.GetValueOrDefault(e.ResidentId)?.Name ?? "", e.MemberId, people.GetValueOrDefault(e.MemberId)?.Name ?? "",
            e.Matter, e.AcceptedOn, e.DoneOn, e.Outcome, e.ConcurrencyStamp)).ToList();
    }
}
