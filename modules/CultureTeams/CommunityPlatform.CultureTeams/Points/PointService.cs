using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Venues;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Points;

/// <summary>
/// 睦邻点 with their equipment ledger, duty roster and quarterly meetings. A home's address is given only to the
/// module's staff (<see cref="CulturePermissions.Manage"/>); anyone else reads "居民家中，请联系负责人".
/// </summary>
public sealed class PointService(CultureTeamsDbContext db, Registry registry, VenueService venues, PartyMembers partyMembers, RequestContext scope, TimeProvider clock) : IScopedService
{
    public async Task<IReadOnlyList<PointDto>> ListAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.Points.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct), ct);

    public async Task<PointFileDto> GetAsync(Guid id, CancellationToken ct)
    {
        var point = await FindAsync(id, ct);
        var equipment = await db.Equipment.AsNoTracking().Where(e => e.PointId == id).OrderBy(e => e.BoughtOn).ThenBy(e => e.Id).ToListAsync(ct);
        var duty = await db.Duties.AsNoTracking().Where(d => d.PointId == id).ToListAsync(ct);
        var meetings = await db.PointMeetings.AsNoTracking().Where(m => m.PointId == id).OrderByDescending(m => m.HeldOn).ToListAsync(ct);
        var people = await registry.ResidentsAsync(duty.Select(d => (Guid?)d.ResidentId), ct);
        return new PointFileDto((await ToDtosAsync([point], ct))[0],
            equipment.Select(ToDto).ToList(),
            duty.OrderBy(d => ((int)d.Day + 6) % 7).ThenBy(d => d.Role).Select(d => new DutyDto(d.Id, d.ResidentId, people.GetValueOrDefault(d.ResidentId)?.Name ?? "", d.Role, d.Day)).ToList(),
            meetings.Select(m => new PointMeetingDto(m.Id, m.HeldOn, m.HeldOn.Year, (m.HeldOn.Month + 2) / 3, m.Attendees, m.Minutes)).ToList());
    }

    public async Task<PointDto> CreateAsync(PointRequest r, CancellationToken ct)
    {
        var point = new Point(r.Name!.Trim(), r.Theme!.Trim());
        await ApplyAsync(point, r, ct);
        db.Points.Add(point);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([point], ct))[0];
    }

    public async Task<PointDto> UpdateAsync(Guid id, PointRequest r, CancellationToken ct)
    {
        var point = await FindAsync(id, ct);
        db.ExpectStamp(point, r.ConcurrencyStamp);
        await ApplyAsync(point, r, ct);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([point], ct))[0];
    }

    public async Task<EquipmentDto> AddEquipmentAsync(Guid id, EquipmentRequest r, CancellationToken ct)
    {
        await FindAsync(id, ct);
        var line = new Equipment(id, r.Name!.Trim(), r.Quantity, r.ValueFen, r.BoughtOn ?? Application.CommunityCalendar.Today(clock), r.Note?.Trim());
        db.Equipment.Add(line);
        await db.SaveChangesAsync(ct);
        return ToDto(line);
    }

    public async Task RemoveEquipmentAsync(Guid id, Guid equipmentId, CancellationToken ct)
    {
        var line = await db.Equipment.FirstOrDefaultAsync(e => e.PointId == id && e.Id == equipmentId, ct) ?? throw new NotFoundException(CultureErrors.EquipmentNotFound);
        db.Equipment.Remove(line);
        await db.SaveChangesAsync(ct);
    }

    public async Task<DutyDto> AddDutyAsync(Guid id, DutyRequest r, CancellationToken ct)
    {
        await FindAsync(id, ct);
        var person = await registry.ResidentAsync(r.ResidentId!.Value, "residentId", ct);
        // The roster's Party members are members indeed, where the Party module can say so.
        if (r.Role == DutyRole.PartyMember && await partyMembers.AmongAsync([person.Id], ct) is { } members && !members.Contains(person.Id))
            throw new BusinessRuleException(CultureErrors.NotPartyMember);
        var duty = new Duty(id, person.Id, r.Role!.Value, r.Day!.Value);
        db.Duties.Add(duty);
        await db.SaveChangesAsync(ct);
        return new DutyDto(duty.Id, person.Id, person.Name, duty.Role, duty.Day);
    }

    public async Task<PointMeetingDto> AddMeetingAsync(Guid id, PointMeetingRequest r, CancellationToken ct)
    {
        await FindAsync(id, ct);
        var meeting = new PointMeeting(id, r.HeldOn!.Value, r.Attendees, r.Minutes!.Trim());
        db.PointMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return new PointMeetingDto(meeting.Id, meeting.HeldOn, meeting.HeldOn.Year, (meeting.HeldOn.Month + 2) / 3, meeting.Attendees, meeting.Minutes);
    }

    public async Task<Point> FindAsync(Guid id, CancellationToken ct) =>
        await db.Points.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(CultureErrors.PointNotFound);

    private async Task ApplyAsync(Point point, PointRequest r, CancellationToken ct)
    {
        if ((r.VenueId is null) == string.IsNullOrWhiteSpace(r.HomeAddress))
            throw new InvalidInputException(CultureErrors.PointPlace, "venueId", CultureErrors.PointPlace.Localized());
        if (r.VenueId is { } venue) await venues.ForFieldAsync(venue, "venueId", ct);
        if (r.LeaderResidentId is { } leader) await registry.ResidentAsync(leader, "leaderResidentId", ct);
        point.Change(r.Name!.Trim(), r.Theme!.Trim(), r.VenueId, r.VenueId is null ? r.HomeAddress!.Trim() : null, r.AreaM2, r.LeaderResidentId, r.StaffContact?.Trim());
    }

    private async Task<IReadOnlyList<PointDto>> ToDtosAsync(IReadOnlyList<Point> points, CancellationToken ct)
    {
        var ids = points.Select(p => p.Id).ToList();
        var equipment = await db.Equipment.AsNoTracking().Where(e => ids.Contains(e.PointId)).GroupBy(e => e.PointId)
            .Select(g => new { g.Key, Fen = g.Sum(e => e.ValueFen) }).ToDictionaryAsync(g => g.Key, g => g.Fen, ct);
        var activities = await db.Activities.AsNoTracking().Where(a => a.PointId != null && ids.Contains(a.PointId.Value)).GroupBy(a => a.PointId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var venueNames = (await venues.ListAsync(ct)).ToDictionary(v => v.Id, v => v.Name);
        var leaders = await registry.ResidentsAsync(points.Select(p => p.LeaderResidentId), ct);
        var staff = scope.Has(CulturePermissions.Manage);
        return points.Select(p => new PointDto(
            p.Id, p.Name, p.Theme, p.VenueId, PublicPlace(p, venueNames), staff ? p.HomeAddress : null, p.AreaM2, p.LeaderResidentId,
            p.LeaderResidentId is { } l ? leaders.GetValueOrDefault(l)?.Name : null, p.StaffContact, equipment.GetValueOrDefault(p.Id), activities.GetValueOrDefault(p.Id),
            p.ConcurrencyStamp)).ToList();
    }

    /// <summary>Where a point meets as anyone may read it: the venue's name, or "in a resident's home" — never the address.</summary>
    public static string PublicPlace(Point p, IReadOnlyDictionary<Guid, string> venueNames) =>
        p.VenueId is { } v ? venueNames.GetValueOrDefault(v, "") : Lang.T(Point.HomeText, Point.HomeTextEnglish);

    private static EquipmentDto ToDto(Equipment e) => new(e.Id, e.Name, e.Quantity, e.ValueFen, e.BoughtOn, e.Note);
}
