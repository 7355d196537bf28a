using CommunityPlatform.CultureTeams.Activities;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Points;
using CommunityPlatform.CultureTeams.Teams;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.CultureTeams.Calendar;

/// <summary>
/// The public calendar of a community, read without an account: the community comes from its code in the path, and
/// only places, times and names of teams leave the building — no person's name or phone, and a 睦邻点 in a home reads
/// "居民家中，请联系负责人". A community with the module off has no calendar.
/// </summary>
public sealed class CalendarService(IServiceScopeFactory scopes, ICommunityDirectory communities, IModuleSwitches switches, TimeProvider clock) : IScopedService
{
    private static readonly TimeSpan Ahead = TimeSpan.FromDays(60);

    public async Task<CalendarDto> GetAsync(string code, CancellationToken ct)
    {
        var community = Find(code);
        // An anonymous request names no community: read in a scope of this one, on its own database if it has one.
        await using var inner = scopes.CreateAsyncScope(community);
        var db = inner.ServiceProvider.GetRequiredService<CultureTeamsDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Ahead;
        var activities = await db.Activities.AsNoTracking()
            .Where(a => a.Public && a.EndsAt >= now && a.StartsAt < until && (a.State == ActivityState.Planned || a.State == ActivityState.Open))
            .OrderBy(a => a.StartsAt).Take(100).ToListAsync(ct);
        var venues = await db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync(ct);
        var venueNames = venues.ToDictionary(v => v.Id, v => v.Name);
        var teams = await db.Teams.AsNoTracking().Where(t => t.State == TeamState.Active).OrderBy(t => t.Kind).ThenBy(t => t.Name).ToListAsync(ct);
        var points = await db.Points.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        return new CalendarDto(community.Code, community.Name,
            activities.Select(a => new CalendarActivity(a.Title, a.Kind, a.StartsAt, a.EndsAt, a.Place ?? (a.VenueId is { } v ? venueNames.GetValueOrDefault(v) : null), a.TakesAttendance ? a.CheckInCode : null)).ToList(),
            venues.Select(v => new CalendarVenue(v.Name, v.Kind, v.Capacity, v.Opens, v.Closes)).ToList(),
            teams.Select(t => new CalendarTeam(t.Name, t.Kind, t.Category, Team.ScheduleText(t.MeetingDays, t.From, t.To), t.VenueId is { } v ? venueNames.GetValueOrDefault(v) : null)).ToList(),
            points.Select(p => new CalendarPoint(p.Name, p.Theme, PointService.PublicPlace(p, venueNames))).ToList());
    }

    /// <summary>
    /// A QR check-in: the name matched against the registry (one living resident of that exact name), else kept as a
    /// guest with the phone for staff to confirm. The answer says only whether it matched, never whom.
    /// </summary>
    public async Task<CheckInDto> CheckInAsync(string code, string checkInCode, CheckInRequest r, CancellationToken ct)
    {
        var community = Find(code);
        await using var inner = scopes.CreateAsyncScope(community);
        var db = inner.ServiceProvider.GetRequiredService<CultureTeamsDbContext>();
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.CheckInCode == checkInCode && a.Public, ct) ?? throw new NotFoundException(CultureErrors.ActivityNotFound);
        var name = r.Name!.Trim();
        var namesakes = (await inner.ServiceProvider.GetRequiredService<IResidentDirectory>().FindByNameAsync(name, 3, ct)).Where(p => p.Name == name).ToList();
        var resident = namesakes.Count == 1 ? namesakes[0].Id : (Guid?)null;
        try
        {
            await inner.ServiceProvider.GetRequiredService<AttendanceService>().RecordAsync(activity, resident, name, r.Phone!.Trim(), CheckInWay.QrCode, ct);
        }
        catch (ConflictException)
        {
            // Checking in twice is no error to the one at the door: they are in.
        }

        return new CheckInDto(activity.Title, resident is not null);
    }

    private CommunityInfo Find(string code) =>
        communities.FindByCode(code) is { } c && switches.IsEnabled(c.Id, CultureTeamsModule.Name) ? c : throw new NotFoundException(CultureErrors.CalendarNotFound);
}
