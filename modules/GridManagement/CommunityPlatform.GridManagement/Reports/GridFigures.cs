using CommunityPlatform.Application;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Reports;

/// <summary>
/// One community's counts for the reports — counts and sums only, never rates or averages, so that a street's or
/// the city's figures are sums of these and each rate is taken once from the sums.
/// </summary>
public sealed class GridFigures(GridDbContext db, RequestContext scope, TimeProvider clock) : IScopedService
{
    public sealed record EventCounts(
        IReadOnlyList<(EventState State, int Count)> ByState, IReadOnlyList<(EventKind Kind, int Count)> ByKind, int Resolved, int ResolvedOnTime,
        double HandlingHours, int OverdueInProgress, int OverdueClosed, int Escalated, int Rated, int Satisfied);

    public string CommunityName => scope.Community?.Name ?? "";

    /// <summary>The start of <paramref name="day"/> in China time, as UTC.</summary>
    public static DateTime Start(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), CommunityCalendar.Zone);

    public async Task<EventCounts> EventsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end, now) = (Start(from), Start(to.AddDays(1)), clock.GetUtcNow().UtcDateTime);
        var events = await db.Events.AsNoTracking().Where(e => e.ReportedAt >= start && e.ReportedAt < end)
            .Select(e => new { e.State, e.Kind, e.ReportedAt, e.ResolvedAt, e.Deadline, e.Satisfaction, e.Steps }).ToListAsync(ct);
        var resolved = events.Where(e => e.ResolvedAt is not null).ToList();
        return new EventCounts(
            events.GroupBy(e => e.State).Select(g => (g.Key, g.Count())).ToList(),
            events.GroupBy(e => e.Kind).Select(g => (g.Key, g.Count())).ToList(),
            resolved.Count,
            resolved.Count(e => e.ResolvedAt <= e.Deadline),
            resolved.Sum(e => (e.ResolvedAt!.Value - e.ReportedAt).TotalHours),
            events.Count(e => e.ResolvedAt is null && e.State != EventState.Closed && now > e.Deadline),
            resolved.Count(e => e.ResolvedAt > e.Deadline),
            events.Count(e => e.Steps.Any(s => s.Action == EventAction.Escalate)),
            events.Count(e => e.Satisfaction is not null),
            events.Count(e => e.Satisfaction is Satisfaction.Satisfied or Satisfaction.Basic));
    }

    /// <summary>Per level above the community: escalations that reached it in the period, answered, answered on time, waiting, overdue.</summary>
    public async Task<IReadOnlyList<(OversightLevel Level, int Received, int Answered, int OnTime, int Waiting, int Overdue)>> EscalationsAsync(
        DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end, now) = (Start(from), Start(to.AddDays(1)), clock.GetUtcNow().UtcDateTime);
        // An escalation in the period is of an event reported before its end, and within a year before its start (the
        // steps are JSON on the event, so they are read and searched here).
        var earliest = start.AddDays(-366);
        var steps = await db.Events.AsNoTracking().Where(e => e.ReportedAt >= earliest && e.ReportedAt < end).Select(e => e.Steps).ToListAsync(ct);
        var episodes = steps.SelectMany(Events.Escalations.Of).Where(e => e.ReachedAt >= start && e.ReachedAt < end).ToList();
        return Enum.GetValues<OversightLevel>().Select(level =>
        {
            var here = episodes.Where(e => e.Level == level).ToList();
            var waiting = here.Where(e => e.AnsweredAt is null).ToList();
            return (level, here.Count, here.Count(e => e.AnsweredAt is not null), here.Count(e => e.AnsweredOnTime), waiting.Count, waiting.Count(e => now > e.Due));
        }).ToList();
    }

    public async Task<(int Found, int Mediated, int Settled)> DisputesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (Start(from), Start(to.AddDays(1)));
        var disputes = await db.Events.AsNoTracking().Where(e => e.Kind == EventKind.Dispute && e.ReportedAt >= start && e.ReportedAt < end)
            .Select(e => new { e.ResolvedAt, e.Outcome }).ToListAsync(ct);
        return (disputes.Count, disputes.Count(d => d.ResolvedAt is not null), disputes.Count(d => d.ResolvedAt is not null && d.Outcome == DisputeOutcome.Settled));
    }

    /// <summary>Per lowest-level grid: building-days patrolled and building-days in the period; rounds and findings.</summary>
    public async Task<(int Rounds, int Findings, IReadOnlyList<(Guid Id, string Label, int Patrolled, int Of)> Grids)> PatrolsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var grids = await db.Grids.AsNoTracking().Where(g => g.Level == GridLevel.BuildingGroup).ToListAsync(ct);
        var patrols = await db.Patrols.AsNoTracking().Where(p => p.Day >= from && p.Day <= to).Select(p => new { p.GridId, p.Day, p.BuildingIds, p.Findings }).ToListAsync(ct);
        var walked = patrols.GroupBy(p => p.GridId).ToDictionary(g => g.Key, g => g.SelectMany(p => p.BuildingIds.Select(b => (p.Day, b))).ToHashSet());
        var lines = grids.OrderBy(g => g.Sequence).Select(g =>
        {
            var seen = walked.GetValueOrDefault(g.Id);
            var patrolled = seen is null ? 0 : seen.Count(x => g.BuildingIds.Contains(x.b));
            return (g.Id, g.Name, patrolled, g.BuildingIds.Count * days);
        }).ToList();
        return (patrols.Count, patrols.Sum(p => p.Findings.Count), lines);
    }

    public async Task<IReadOnlyList<(string Worker, int Count)>> DiariesAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.Visits.AsNoTracking().Where(v => v.On >= from && v.On <= to).GroupBy(v => v.Visitor)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
        .Select(g => (g.Key, g.Count)).ToList();
}
