using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>The member register: registration, edits, report-in, moves with history, and the household plaque list.</summary>
public sealed class MemberService(PartyDbContext db, PartyNames names, IResidentDirectory registry, TimeProvider clock) : IScopedService
{

    public async Task<Paged<PartyMemberDto>> ListAsync(PartyMemberQuery q, CancellationToken ct)
    {
        var query = await names.WithinUnitAsync(db.Members.AsNoTracking(), q.UnitId, ct);

        if (q.Category is { } category) query = query.Where(m => m.Category == category);
        query = q.State is { } state ? query.Where(m => m.State == state) : query.Where(m => m.State != MemberState.Left);
        if (q.HouseholdPlaque is { } plaque) query = query.Where(m => m.HouseholdPlaque == plaque);
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            // Names are the registry's, read by id for the members the other filters leave (a community's register is a few
            // hundred); a part of the name finds them (建国 finds 王建国), which the registry's prefix search would not.
            var term = q.Search.Trim();
            var candidates = await query.Select(m => new { m.Id, m.ResidentId }).ToListAsync(ct);
            var residents = await names.ResidentsAsync(candidates.Select(c => c.ResidentId), ct);
            var found = candidates.Where(c => residents.GetValueOrDefault(c.ResidentId)?.Name.Contains(term, StringComparison.OrdinalIgnoreCase) == true)
                .Select(c => c.Id).ToList();
            query = query.Where(m => found.Contains(m.Id));
        }

        var total = await query.CountAsync(ct);
        var page = await query.OrderBy(m => m.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<PartyMemberDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<PartyMemberDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    public async Task<PartyMemberDto> RegisterAsync(PartyMemberRequest request, CancellationToken ct)
    {
        var resident = await names.ResidentAsync(request.ResidentId!.Value, "residentId", ct);
        if (await db.Members.AnyAsync(m => m.ResidentId == resident.Id, ct)) throw new BusinessRuleException(PartyErrors.MemberExists);
        var unit = await names.UnitAsync(request.UnitId!.Value, ct);
        CheckNotFuture(request.JoinedOn!.Value);
        var member = new PartyMember(resident.Id, unit.Id, Facts(request));
        db.Members.Add(member);
        var kind = string.IsNullOrWhiteSpace(request.TransferredFrom) ? MoveKind.Registered : MoveKind.TransferredIn;
        var movedOn = kind == MoveKind.Registered ? member.JoinedOn : request.TransferredOn ?? clock.Today();
        CheckNotFuture(movedOn);
        if (movedOn < member.JoinedOn) throw new BusinessRuleException(PartyErrors.MoveBeforeJoining);
        db.Moves.Add(new MemberMove(member.Id, kind, movedOn, null, unit.Id, request.TransferredFrom, null));
        db.Publish(new PartyMemberRegistered(member.Id, member.ResidentId, member.UnitId, member.Category));
        await db.SaveUniqueAsync(PartyErrors.MemberExists, ct);
        return await GetAsync(member.Id, ct);
    }

    public async Task<PartyMemberDto> UpdateAsync(Guid id, PartyMemberRequest request, CancellationToken ct)
    {
        var member = await FindAsync(id, ct);
        db.ExpectStamp(member, request.ConcurrencyStamp);
        if (request.ResidentId != member.ResidentId)
            throw new InvalidInputException(PlatformErrors.InvalidRequest, "residentId", Language.T("党员对应的居民不能更改，请另行登记该居民。", "A member's resident does not change; register the other resident instead."));
        var unit = await names.UnitAsync(request.UnitId!.Value, ct);
        CheckNotFuture(request.JoinedOn!.Value);
        var movedFrom = member.UnitId;
        // Corrections to a member who flowed out or left are allowed; moving them to another unit is not.
        if (movedFrom != unit.Id && member.State != MemberState.Active) throw new BusinessRuleException(PartyErrors.MoveNotAllowed);
        member.Update(unit.Id, Facts(request));
        if (movedFrom != unit.Id)
        {
            db.Moves.Add(new MemberMove(member.Id, MoveKind.MovedUnit, clock.Today(), movedFrom, unit.Id, null, null));
            db.Publish(new PartyMemberMoved(member.Id, member.ResidentId, MoveKind.MovedUnit, movedFrom, unit.Id));
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<PartyMemberDto> ReportInAsync(Guid id, ReportInRequest request, CancellationToken ct)
    {
        var member = await FindAsync(id, ct);
        db.ExpectStamp(member, request.ConcurrencyStamp);
        member.ReportIn(request.On!.Value, request.ServiceChoice!, clock.Today());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<PartyMemberDto> MoveAsync(Guid id, MemberMoveRequest request, CancellationToken ct)
    {
        var member = await FindAsync(id, ct);
        db.ExpectStamp(member, request.ConcurrencyStamp);
        var kind = request.Kind!.Value;
        if (kind is MoveKind.Registered or MoveKind.TransferredIn)
            throw new InvalidInputException(PlatformErrors.InvalidRequest, "kind", Language.T("登记和转入请通过登记党员办理。", "Register a member to record a registration or a transfer in."));
        Guid? to = null;
        if (kind == MoveKind.MovedUnit)
        {
            if (request.UnitId is not { } unitId) throw new InvalidInputException(PlatformErrors.InvalidRequest, "unitId", Language.T("转到本社区其他组织须选择组织。", "Moving to another unit needs the unit."));
            to = (await names.UnitAsync(unitId, ct)).Id;
        }

        if (kind is MoveKind.TransferredOut or MoveKind.FlowedOut && string.IsNullOrWhiteSpace(request.Place))
            throw new InvalidInputException(PlatformErrors.InvalidRequest, "place", Language.T("请填写组织关系转往何处。", "Say where the relation goes."));
        CheckNotFuture(request.On!.Value);
        var move = member.Move(kind, request.On.Value, to, request.Place, request.Note);
        db.Moves.Add(move);
        if (kind == MoveKind.TransferredOut) db.Publish(new PartyMemberLeft(member.Id, member.ResidentId, request.Place));
        else db.Publish(new PartyMemberMoved(member.Id, member.ResidentId, kind, move.FromUnitId, move.ToUnitId));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<IReadOnlyList<MemberMoveDto>> HistoryAsync(Guid id, CancellationToken ct)
    {
        await FindAsync(id, ct, tracked: false);
        return await db.Moves.AsNoTracking().Where(m => m.MemberId == id).OrderBy(m => m.On).ThenBy(m => m.Id)
            .Select(m => new MemberMoveDto(m.Id, m.Kind, m.On, m.FromUnitId, m.ToUnitId, m.Place, m.Note)).ToListAsync(ct);
    }

    /// <summary>A registration made by mistake: the record goes (soft-deleted), other modules hear the member left.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var member = await FindAsync(id, ct);
        db.Members.Remove(member);
        db.Publish(new PartyMemberLeft(member.Id, member.ResidentId, null));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>党员户挂牌: each household with an active member who hangs the plaque, with its members, by address.</summary>
    public async Task<IReadOnlyList<PlaqueDto>> PlaquesAsync(CancellationToken ct)
    {
        var members = await db.Members.AsNoTracking().Where(m => m.HouseholdPlaque && m.State == MemberState.Active).ToListAsync(ct);
        var residents = await names.ResidentsAsync(members.Select(m => m.ResidentId), ct);
        var households = (await registry.GetHouseholdsAsync(residents.Values.Where(r => r.HouseholdId is not null).Select(r => r.HouseholdId!.Value), ct))
            .ToDictionary(h => h.Id);
        var units = await names.UnitsAsync(ct);
        return members.Where(m => residents.ContainsKey(m.ResidentId))
            .GroupBy(m => residents[m.ResidentId].HouseholdId)
            .Select(g =>
            {
                var household = g.Key is { } key ? households.GetValueOrDefault(key) : null;
                var address = household is null ? "" : $"{household.Address} {household.Dwelling}".Trim();
                return new PlaqueDto(g.Key, address, g.Select(m => residents[m.ResidentId].Name).Order(StringComparer.Ordinal).ToList(),
                    units.GetValueOrDefault(g.First().UnitId)?.Name ?? "");
            })
            .OrderBy(p => p.Address, NaturalOrder.Instance).ToList();
    }

    public async Task<PartyMember> FindAsync(Guid id, CancellationToken ct, bool tracked = true)
    {
        var query = tracked ? db.Members : db.Members.AsNoTracking();
        return await query.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException(PartyErrors.MemberNotFound);
    }

    /// <summary>An active member named by a request field: 400 naming the field when there is none in this community.</summary>
    public async Task<PartyMember> ActiveAsync(Guid id, string field, CancellationToken ct)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new InvalidInputException(PartyErrors.MemberNotFound, field, PartyErrors.MemberNotFound.Localized());
        if (member.State != MemberState.Active) throw new BusinessRuleException(PartyErrors.MemberNotActive);
        return member;
    }

    private void CheckNotFuture(DateOnly date)
    {
        if (date > clock.Today()) throw new BusinessRuleException(PartyErrors.DateInFuture);
    }

    private static MemberFacts Facts(PartyMemberRequest r) => new(
        r.JoinedOn!.Value, r.Status, r.FullSince, r.Category!.Value, r.RelationHeld, r.RelationHolder, r.ManagementMode,
        r.HouseholdPlaque, r.DuesClass, r.MonthlyIncomeFen);

    private async Task<IReadOnlyList<PartyMemberDto>> ToDtosAsync(IReadOnlyList<PartyMember> members, CancellationToken ct)
    {
        var residents = await names.ResidentsAsync(members.Select(m => m.ResidentId), ct);
        var units = await names.UnitsAsync(ct);
        return members.Select(m =>
        {
            var resident = residents.GetValueOrDefault(m.ResidentId);
            return new PartyMemberDto(
                m.Id, m.ResidentId, resident?.Name ?? "", resident?.HouseholdId, resident?.BuildingId, m.UnitId, units.GetValueOrDefault(m.UnitId)?.Name ?? "",
                m.JoinedOn, m.Status, m.FullSince, m.Category, m.RelationHeld, m.RelationHolder, m.ManagementMode, m.HouseholdPlaque,
                m.ReportedInOn, m.ServiceChoice, m.DuesClass, m.MonthlyIncomeFen, m.MonthlyDuesFen, m.State, m.ConcurrencyStamp);
        }).ToList();
    }
}
