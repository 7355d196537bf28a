using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Settings;
using CommunityPlatform.CultureTeams.Venues;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Reports;

/// <summary>
/// One community's counts for the reports — counts and sums only, so that a street's or the city's figures are sums
/// of these. An activity counts once held (held, recorded or closed), in the month it started (China time).
/// </summary>
public sealed class CultureFigures(CultureTeamsDbContext db, RequestContext scope, PartyMembers partyMembers) : IScopedService
{
    public sealed record Held(ActivityKind Kind, Guid? TeamId, Guid? PointId, DateTime StartsAt, int Attendance, int? Information);

    public sealed record ActivityCounts(
        string Community, IReadOnlyList<Held> Activities, int DistinctParticipants, IReadOnlyDictionary<Guid, string> Teams, IReadOnlyDictionary<Guid, string> Points);

    public sealed record VolunteerCounts(string Community, int Volunteers, long Minutes, IReadOnlyList<int> Stars, int PartyMembers, bool PartyKnown);

    private static readonly ActivityState[] Happened = [ActivityState.Held, ActivityState.Recorded, ActivityState.Closed];

    public string CommunityName => scope.Community?.Name ?? "";

    public async Task<ActivityCounts> ActivitiesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)));
        var held = db.Activities.AsNoTracking().Where(a => Happened.Contains(a.State) && a.StartsAt >= start && a.StartsAt < end);
        var rows = await held.Select(a => new Held(a.Kind, a.TeamId, a.PointId, a.StartsAt, a.Attendance, a.InformationGathered)).ToListAsync(ct);
        var attendees = db.Attendances.AsNoTracking().Where(x => held.Any(a => a.Id == x.ActivityId));
        var residents = await attendees.Where(x => x.ResidentId != null).Select(x => x.ResidentId).Distinct().CountAsync(ct);
        var guests = await attendees.Where(x => x.ResidentId == null).Select(x => new { x.Name, x.Phone }).Distinct().CountAsync(ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var points = await db.Points.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return new ActivityCounts(CommunityName, rows, residents + guests, teams, points);
    }

    public async Task<VolunteerCounts> VolunteersAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(ct) ?? new CultureSettings();
        var volunteers = await db.Volunteers.AsNoTracking().Select(v => new { v.Id, v.ResidentId }).ToListAsync(ct);
        var confirmed = db.ServiceRecords.AsNoTracking().Where(r => r.State == ServiceState.Confirmed);
        var minutes = await confirmed.Where(r => r.Day >= from && r.Day <= to).SumAsync(r => (long)r.Minutes, ct);
        var lifetime = await confirmed.GroupBy(r => r.VolunteerId).Select(g => new { g.Key, Minutes = g.Sum(r => r.Minutes) }).ToDictionaryAsync(g => g.Key, g => g.Minutes, ct);
        var stars = new int[6];
        foreach (var v in volunteers) stars[settings.StarsFor(lifetime.GetValueOrDefault(v.Id))]++;

        var members = await partyMembers.AmongAsync(volunteers.Select(v => v.ResidentId).ToList(), ct);
        return new VolunteerCounts(CommunityName, volunteers.Count, minutes, stars, members?.Count ?? 0, members is not null);
    }

    public async Task<IReadOnlyList<(Guid Id, string Name, int Booked, int Used, int NoShows, double Hours)>> VenuesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (ChinaTime.StartOf(from), ChinaTime.StartOf(to.AddDays(1)));
        var venues = await db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync(ct);
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.StartsAt >= start && b.StartsAt < end)
            .Select(b => new { b.VenueId, b.State, b.StartsAt, b.EndsAt }).ToListAsync(ct);
        return venues.Select(v =>
        {
            var mine = bookings.Where(b => b.VenueId == v.Id).ToList();
            return (v.Id, v.Name, mine.Count(b => b.State is BookingState.Approved or BookingState.Used or BookingState.NoShow), mine.Count(b => b.State == BookingState.Used),
                mine.Count(b => b.State == BookingState.NoShow), mine.Where(b => b.State == BookingState.Used).Sum(b => (b.EndsAt - b.StartsAt).TotalHours));
        }).ToList();
    }
}
