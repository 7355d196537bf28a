using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>The community's activities: planned, opened for sign-up, held, recorded with their attendance, closed.</summary>
public sealed class ActivityService(CultureTeamsDbContext db) : IScopedService
{
    public async Task<Paged<ActivityDto>> ListAsync(ActivityQuery q, CancellationToken ct)
    {
        Reports.CultureReports.Check(q.From, "from");
        Reports.CultureReports.Check(q.To, "to");
        var query = db.Activities.AsNoTracking();
        if (q.Kind is { } kind) query = query.Where(a => a.Kind == kind);
        if (q.State is { } state) query = query.Where(a => a.State == state);
        if (q.TeamId is { } team) query = query.Where(a => a.TeamId == team);
        if (q.PointId is { } point) query = query.Where(a => a.PointId == point);
        if (q.From is { } from) query = query.Where(a => a.StartsAt >= ChinaTime.StartOf(from));
        if (q.To is { } to) query = query.Where(a => a.StartsAt < ChinaTime.StartOf(to.AddDays(1)));
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.StartsAt).ThenBy(a => a.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<ActivityDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<ActivityDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<ActivityDto> CreateAsync(ActivityRequest r, CancellationToken ct)
    {
        var activity = new Activity(r.Title!.Trim(), r.Kind!.Value, r.StartsAt!.Value.ToUniversalTime(), r.EndsAt!.Value.ToUniversalTime());
        await DescribeAsync(activity, r, ct);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(ct);
        return await GetAsync(activity.Id, ct);
    }

    public async Task<ActivityDto> UpdateAsync(Guid id, ActivityRequest r, CancellationToken ct)
    {
        var activity = await FindAsync(id, ct);
        db.ExpectStamp(activity, r.ConcurrencyStamp);
        await DescribeAsync(activity, r, ct);
        activity.Reschedule(r.StartsAt!.Value.ToUniversalTime(), r.EndsAt!.Value.ToUniversalTime());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ActivityDto> StepAsync(Guid id, ActivityStepRequest r, CancellationToken ct)
    {
        var activity = await FindAsync(id, ct);
        db.ExpectStamp(activity, r.ConcurrencyStamp);
        activity.Apply(r.Action!.Value, r.HeadCount, r.InformationGathered);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<Activity> FindAsync(Guid id, CancellationToken ct) =>
        await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException(CultureErrors.ActivityNotFound);

    private async Task DescribeAsync(Activity activity, ActivityRequest r, CancellationToken ct)
    {
        if (r.TeamId is { } team && !await db.Teams.AnyAsync(t => t.Id == team, ct))
            throw new InvalidInputException(CultureErrors.TeamNotFound, "teamId", CultureErrors.TeamNotFound.Localized());
        if (r.PointId is { } point && !await db.Points.AnyAsync(p => p.Id == point, ct))
            throw new InvalidInputException(CultureErrors.PointNotFound, "pointId", CultureErrors.PointNotFound.Localized());
        if (r.VenueId is { } venue && !await db.Venues.AnyAsync(v => v.Id == venue, ct))
            throw new InvalidInputException(CultureErrors.VenueNotFound, "venueId", CultureErrors.VenueNotFound.Localized());
        activity.Describe(r.Title!.Trim(), r.Kind!.Value, r.TeamId, r.PointId, r.VenueId, r.Place?.Trim(), r.Capacity, r.Programme?.Trim(), r.Public ?? true, r.Note?.Trim());
    }

    public async Task<IReadOnlyList<ActivityDto>> ToDtosAsync(IReadOnlyList<Activity> activities, CancellationToken ct)
    {
        var teamIds = activities.Select(a => a.TeamId).OfType<Guid>().Distinct().ToList();
        var pointIds = activities.Select(a => a.PointId).OfType<Guid>().Distinct().ToList();
        var venueIds = activities.Select(a => a.VenueId).OfType<Guid>().Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var points = await db.Points.AsNoTracking().Where(p => pointIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        return activities.Select(a => new ActivityDto(
            a.Id, a.Title, a.Kind, a.State, a.TeamId, a.TeamId is { } t ? teams.GetValueOrDefault(t) : null, a.PointId, a.PointId is { } p ? points.GetValueOrDefault(p) : null,
            a.VenueId, a.Place ?? (a.VenueId is { } v ? venues.GetValueOrDefault(v) : null), a.StartsAt, a.EndsAt, a.Capacity, a.Programme, a.Attendance, a.Named,
            a.InformationGathered, a.Public, a.CheckInCode, a.Note, a.ConcurrencyStamp)).ToList();
    }
}
