using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Organizations;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Meetings;

/// <summary>三会一课, theme Party days and study days, with attendance checked against the unit's members.</summary>
public sealed class MeetingService(PartyDbContext db, PartyNames names, TimeProvider clock) : IScopedService
{
    public async Task<Paged<MeetingDto>> ListAsync(MeetingQuery q, CancellationToken ct)
    {
        var query = await names.WithinUnitAsync(db.Meetings.AsNoTracking(), q.UnitId, ct);

        if (q.Kind is { } kind) query = query.Where(m => m.Kind == kind);
        if (q.From is { } from) query = query.Where(m => m.HeldOn >= from);
        if (q.To is { } to) query = query.Where(m => m.HeldOn <= to);
        var total = await query.CountAsync(ct);
        var page = await query.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<MeetingDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<MeetingDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    public async Task<MeetingDto> CreateAsync(MeetingRequest request, CancellationToken ct)
    {
        var (unit, attendance) = await CheckAsync(request, ct);
        var meeting = new Meeting(request.Kind!.Value, unit, request.HeldOn!.Value, request.Topic!, request.Minutes, attendance, clock.Today());
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return await GetAsync(meeting.Id, ct);
    }

    public async Task<MeetingDto> UpdateAsync(Guid id, MeetingRequest request, CancellationToken ct)
    {
        var meeting = await FindAsync(id, ct);
        db.ExpectStamp(meeting, request.ConcurrencyStamp);
        var (unit, attendance) = await CheckAsync(request, ct);
        meeting.Record(request.Kind!.Value, unit, request.HeldOn!.Value, request.Topic!, request.Minutes, attendance, clock.Today());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        db.Meetings.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    // Attendance is for members of the unit and the units below it who were active on the day; a branch committee's
    // (支部委员会) for its committee once the unit has one.
    private async Task<(OrganizationUnit, IReadOnlyList<Attendance>)> CheckAsync(MeetingRequest request, CancellationToken ct)
    {
        var unit = await names.UnitAsync(request.UnitId!.Value, ct);
        var attendance = (request.Attendance ?? []).Select(a => new Attendance(a.MemberId!.Value, a.Present, a.Present ? null : a.AbsenceReason?.Trim())).ToList();
        if (attendance.Count == 0) return (unit, attendance);
        var units = await names.SubtreeAsync(unit.Id, ct);
        var ids = attendance.Select(a => a.MemberId).ToList();
        var ofUnit = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id) && units.Contains(m.UnitId) && m.State != MemberState.Left)
            .Select(m => m.Id).ToListAsync(ct);
        if (ids.Except(ofUnit).FirstOrDefault() is var stranger && stranger != Guid.Empty)
            throw new BusinessRuleException(PartyErrors.AttendeeNotInUnit);
        var committee = unit.Committee.ToHashSet();
        if (request.Kind == MeetingKind.BranchCommittee && committee.Count > 0 && ids.Any(id => !committee.Contains(id)))
            throw new BusinessRuleException(PartyErrors.AttendeeNotOnCommittee);
        return (unit, attendance);
    }

    private async Task<Meeting> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Meetings : db.Meetings.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id, ct)
        ?? throw new NotFoundException(PartyErrors.MeetingNotFound);

    private async Task<IReadOnlyList<MeetingDto>> ToDtosAsync(IReadOnlyList<Meeting> meetings, CancellationToken ct)
    {
        var units = await names.UnitsAsync(ct);
        var people = await names.MembersAsync(meetings.SelectMany(m => m.Attendance).Select(a => a.MemberId), ct);
        return meetings.Select(m => new MeetingDto(
            m.Id, m.Kind, m.UnitId, units.GetValueOrDefault(m.UnitId)?.Name ?? "", m.HeldOn, m.Topic, m.Minutes,
            m.Attendance.Count(a => a.Present), m.Attendance.Count(a => !a.Present),
            m.Attendance.Select(a => new AttendanceDto(a.MemberId, people.GetValueOrDefault(a.MemberId)?.Name ?? "", a.Present, a.AbsenceReason)).ToList(),
            m.ConcurrencyStamp)).ToList();
    }
}
