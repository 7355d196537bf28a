using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.GridManagement.Reports;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>
/// The reporting rhythm (一周一报, 一季一析, 一年一评) built from the records of the period each time it is asked for, so
/// it never disagrees with them; weeks, quarters and years are reckoned in China time.
/// </summary>
public sealed class ReportingRhythm(GridDbContext db, TimeProvider clock) : IScopedService
{
    private sealed record Period(DateOnly From, DateOnly To, DateTime Start, DateTime End);

    /// <param name="day">Any day of the week wanted; defaults to today (the week so far).</param>
    public async Task<WeeklyReport> WeekAsync(DateOnly? day, CancellationToken ct)
    {
        var on = day ?? clock.Today();
        var monday = on.AddDays(-(((int)on.DayOfWeek + 6) % 7));
        var period = Of(monday, monday.AddDays(6));
        var lines = await LinesAsync(period, ct);
        var patrols = await db.Patrols.AsNoTracking().Where(p => p.Day >= period.From && p.Day <= period.To).Select(p => p.Findings).ToListAsync(ct);
        var disputes = await db.Events.AsNoTracking().CountAsync(e => e.Kind == EventKind.Dispute && e.ReportedAt >= period.Start && e.ReportedAt < period.End, ct);
        return new WeeklyReport(period.From, period.To, lines.Sum(l => l.Patrols), patrols.Sum(f => f.Count), lines.Sum(l => l.EventsReported),
            lines.Sum(l => l.EventsClosed), disputes, lines.Sum(l => l.Visits), lines);
    }

    public async Task<QuarterlyAnalysis> QuarterAsync(int? year, int? quarter, CancellationToken ct)
    {
        var today = clock.Today();
        var (y, q) = (year ?? today.Year, quarter ?? (today.Month + 2) / 3);
        var first = new DateOnly(y, q * 3 - 2, 1);
        var period = Of(first, first.AddMonths(3).AddDays(-1));
        var previous = Of(first.AddMonths(-3), first.AddDays(-1));
        var events = await EventsAsync(period, ct);
        var before = await EventsAsync(previous, ct);
        var byKind = Enum.GetValues<EventKind>().Select(k => new KindTrend(
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), GridLabels.Of(k), events.Count(e => e.Kind == k), before.Count(e => e.Kind == k))).ToList();
        var frequent = events.GroupBy(e => e.Title).Select(g => new CountLine(g.Key, g.Key, g.Count()))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Label, StringComparer.Ordinal).Take(5).ToList();
        var resolved = events.Where(e => e.ResolvedAt is not null).ToList();
        var disputes = events.Where(e => e.Kind == EventKind.Dispute).ToList();
        return new QuarterlyAnalysis(y, q, period.From, period.To, events.Count, before.Count, byKind, frequent,
            Rate.From(events.Count(e => e.State == EventState.Closed), events.Count), Rate.From(resolved.Count(e => !e.WasLate), resolved.Count),
            new DisputeSummary(disputes.Count, disputes.Count(d => d.ResolvedAt is not null), disputes.Count(d => d.Outcome == DisputeOutcome.Settled)),
            await LinesAsync(period, ct));
    }

    public async Task<YearlyEvaluation> YearAsync(int? year, CancellationToken ct)
    {
        var today = clock.Today();
        var y = year ?? today.Year;
        var end = new DateOnly(y, 12, 31);
        var period = Of(new DateOnly(y, 1, 1), end < today ? end : today < new DateOnly(y, 1, 1) ? new DateOnly(y, 1, 1) : today);
        var weights = await WeightsAsync(ct);
        var events = await EventsAsync(period, ct);
        var grids = await db.Grids.AsNoTracking().Where(g => g.Level == GridLevel.BuildingGroup).OrderBy(g => g.Sequence).ToListAsync(ct);
        var coverage = await CoverageAsync(grids, period, ct);
        var posts = await db.Staff.AsNoTracking().Where(s => s.Role == StaffRole.GridWorker || s.Role == StaffRole.GridLeader).ToListAsync(ct);

        EvaluationLine Line(string key, string label, IReadOnlyList<GridEvent> mine, Rate patrolled)
        {
            var resolved = mine.Where(e => e.ResolvedAt is not null).ToList();
            var (closure, onTime) = (Rate.From(mine.Count(e => e.State == EventState.Closed), mine.Count), Rate.From(resolved.Count(e => !e.WasLate), resolved.Count));
            var satisfaction = Rate.From(mine.Count(e => e.Satisfaction is Satisfaction.Satisfied or Satisfaction.Basic), mine.Count(e => e.Satisfaction is not null));
            var score = (closure.Percent * weights.Closure + onTime.Percent * weights.OnTime + patrolled.Percent * weights.Coverage + satisfaction.Percent * weights.Satisfaction) / 100m;
            return new EvaluationLine(key, label, closure, onTime, patrolled, satisfaction, Math.Round(score, 1, MidpointRounding.AwayFromZero));
        }

        var gridLines = grids.Select(g => Line(g.Id.ToString(), g.Name, events.Where(e => e.GridId == g.Id).ToList(), coverage[g.Id]))
            .OrderByDescending(l => l.Score).ToList();
        var names = grids.ToDictionary(g => g.Id, g => g.Name);
        var workerLines = posts.Where(p => names.ContainsKey(p.GridId))
            .Select(p => Line(p.Id.ToString(), $"{p.Name} · {names[p.GridId]}", events.Where(e => e.AssigneeStaffId == p.Id).ToList(), coverage[p.GridId]))
            .OrderByDescending(l => l.Score).ToList();
        return new YearlyEvaluation(y, weights, gridLines, workerLines);
    }

    public async Task<EvaluationWeightsDto> WeightsAsync(CancellationToken ct)
    {
        var saved = await db.Weights.AsNoTracking().FirstOrDefaultAsync(ct);
        var d = EvaluationWeights.Default;
        return saved is null
            ? new EvaluationWeightsDto(d.Closure, d.OnTime, d.Coverage, d.Satisfaction, null)
            : new EvaluationWeightsDto(saved.Closure, saved.OnTime, saved.Coverage, saved.Satisfaction, saved.ConcurrencyStamp);
    }

    public async Task<EvaluationWeightsDto> SetWeightsAsync(EvaluationWeightsRequest request, CancellationToken ct)
    {
        var saved = await db.Weights.FirstOrDefaultAsync(ct);
        if (saved is null)
        {
            db.Weights.Add(new EvaluationWeights(request.Closure, request.OnTime, request.Coverage, request.Satisfaction));
        }
        else
        {
            db.ExpectStamp(saved, request.ConcurrencyStamp);
            saved.Set(request.Closure, request.OnTime, request.Coverage, request.Satisfaction);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new ConflictException(PlatformErrors.Stale);
        }

        return await WeightsAsync(ct);
    }

    private Period Of(DateOnly from, DateOnly to) => new(from, to, GridFigures.Start(from), GridFigures.Start(to.AddDays(1)));

    private Task<List<GridEvent>> EventsAsync(Period period, CancellationToken ct) =>
        db.Events.AsNoTracking().Where(e => e.ReportedAt >= period.Start && e.ReportedAt < period.End).ToListAsync(ct);

    private async Task<Dictionary<Guid, Rate>> CoverageAsync(IReadOnlyList<Grid> grids, Period period, CancellationToken ct)
    {
        var days = period.To.DayNumber - period.From.DayNumber + 1;
        var walked = (await db.Patrols.AsNoTracking().Where(p => p.Day >= period.From && p.Day <= period.To).Select(p => new { p.GridId, p.Day, p.BuildingIds }).ToListAsync(ct))
            .GroupBy(p => p.GridId).ToDictionary(g => g.Key, g => g.SelectMany(p => p.BuildingIds.Select(b => (p.Day, b))).ToHashSet());
        return grids.ToDictionary(g => g.Id, g => Rate.From(
            walked.GetValueOrDefault(g.Id)?.Count(x => g.BuildingIds.Contains(x.b)) ?? 0, g.BuildingIds.Count * days));
    }

    private async Task<IReadOnlyList<GridPeriodLine>> LinesAsync(Period period, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var grids = await db.Grids.AsNoTracking().Where(g => g.Level == GridLevel.BuildingGroup).OrderBy(g => g.Sequence).ToListAsync(ct);
        var coverage = await CoverageAsync(grids, period, ct);
        var patrols = await db.Patrols.AsNoTracking().Where(p => p.Day >= period.From && p.Day <= period.To).GroupBy(p => p.GridId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var events = await db.Events.AsNoTracking()
            .Where(e => (e.ReportedAt >= period.Start && e.ReportedAt < period.End) || (e.ClosedAt >= period.Start && e.ClosedAt < period.End) || e.State != EventState.Closed)
            .Select(e => new { e.GridId, e.ReportedAt, e.ClosedAt, e.State, e.ResolvedAt, e.Deadline }).ToListAsync(ct);
        var visits = await db.Visits.AsNoTracking().Where(v => v.On >= period.From && v.On <= period.To).GroupBy(v => v.GridId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return grids.Select(g =>
        {
            var mine = events.Where(e => e.GridId == g.Id).ToList();
            return new GridPeriodLine(g.Id, g.Code, g.Name, patrols.GetValueOrDefault(g.Id), coverage[g.Id],
                mine.Count(e => e.ReportedAt >= period.Start && e.ReportedAt < period.End),
                mine.Count(e => e.ClosedAt >= period.Start && e.ClosedAt < period.End),
                mine.Count(e => e.ResolvedAt is null && e.State != EventState.Closed && now > e.Deadline),
                visits.GetValueOrDefault(g.Id));
        }).ToList();
    }
}
