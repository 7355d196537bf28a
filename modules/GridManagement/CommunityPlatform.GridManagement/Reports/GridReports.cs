using CommunityPlatform.Web.Console;
using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Data.Reports;

namespace CommunityPlatform.GridManagement.Reports;

/// <summary>
/// The module's reports for a community, its street or the city: each community's <see cref="GridFigures"/> are
/// gathered by the kernel's <see cref="CommunitySweep"/>, summed, and only then turned into rates and averages.
/// The period defaults to the last 30 days (China time), today included.
/// </summary>
public sealed class GridReports(CommunitySweep sweep, TimeProvider clock) : IScopedService
{
    private const string Module = GridManagementModule.Name;

    public (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to) =>
        ReportPeriod.Of(from, to, clock.Today(), maxYears: 1, defaultFrom: end => end.AddDays(-29));

    public async Task<EventReport> EventsAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<GridFigures, GridFigures.EventCounts>(scope, Module, (g, c) => g.EventsAsync(f, t, c), ct);
        var byState = Enum.GetValues<EventState>()
            .Select(s => new CountLine(Key(s), GridLabels.Of(s), pieces.Sum(p => p.ByState.Where(x => x.State == s).Sum(x => x.Count)))).ToList();
        var byKind = Enum.GetValues<EventKind>()
            .Select(k => new CountLine(Key(k), GridLabels.Of(k), pieces.Sum(p => p.ByKind.Where(x => x.Kind == k).Sum(x => x.Count)))).ToList();
        var total = byState.Sum(l => l.Count);
        var resolved = pieces.Sum(p => p.Resolved);
        var hours = resolved == 0 ? 0m : Math.Round((decimal)pieces.Sum(p => p.HandlingHours) / resolved, 1, MidpointRounding.AwayFromZero);
        return new EventReport(Name(scope), pieces.Count, f, t, total, byState, byKind,
            Rate.From(byState.Single(l => l.Key == Key(EventState.Closed)).Count, total),
            Rate.From(pieces.Sum(p => p.ResolvedOnTime), resolved), hours,
            pieces.Sum(p => p.OverdueInProgress), pieces.Sum(p => p.OverdueClosed), pieces.Sum(p => p.Escalated),
            Rate.From(pieces.Sum(p => p.Satisfied), pieces.Sum(p => p.Rated)));
    }

    public async Task<EscalationReport> EscalationsAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<GridFigures, IReadOnlyList<(OversightLevel Level, int Received, int Answered, int OnTime, int Waiting, int Overdue)>>(
            scope, Module, (g, c) => g.EscalationsAsync(f, t, c), ct);
        EscalationFigures Sum(OversightLevel level)
        {
            var lines = pieces.SelectMany(p => p).Where(l => l.Level == level).ToList();
            var answered = lines.Sum(l => l.Answered);
            var onTime = lines.Sum(l => l.OnTime);
            return new EscalationFigures(lines.Sum(l => l.Received), answered, onTime, lines.Sum(l => l.Waiting), lines.Sum(l => l.Overdue), Rate.From(onTime, answered));
        }

        return new EscalationReport(Name(scope), pieces.Count, f, t, Sum(OversightLevel.Street), Sum(OversightLevel.City));
    }

    public async Task<DisputeReport> DisputesAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<GridFigures, (int Found, int Mediated, int Settled)>(scope, Module, (g, c) => g.DisputesAsync(f, t, c), ct);
        var (found, mediated, settled) = (pieces.Sum(p => p.Found), pieces.Sum(p => p.Mediated), pieces.Sum(p => p.Settled));
        return new DisputeReport(Name(scope), pieces.Count, f, t, found, mediated, settled, Rate.From(settled, mediated));
    }

    public async Task<PatrolReport> PatrolsAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<GridFigures, (string Community, (int Rounds, int Findings, IReadOnlyList<(Guid Id, string Label, int Patrolled, int Of)> Grids) Figures)>(
            scope, Module, async (g, c) => (g.CommunityName, await g.PatrolsAsync(f, t, c)), ct);
        var lines = pieces.SelectMany(p => p.Figures.Grids.Select(g =>
            new RateLine(g.Id.ToString(), pieces.Count > 1 ? $"{p.Community} · {g.Label}" : g.Label, Rate.From(g.Patrolled, g.Of)))).ToList();
        return new PatrolReport(Name(scope), pieces.Count, f, t, pieces.Sum(p => p.Figures.Rounds), pieces.Sum(p => p.Figures.Findings),
            Rate.From(lines.Sum(l => l.Rate.Count), lines.Sum(l => l.Rate.Of)), lines);
    }

    public async Task<DiaryReport> DiariesAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<GridFigures, (string Community, IReadOnlyList<(string Worker, int Count)> Workers)>(
            scope, Module, async (g, c) => (g.CommunityName, await g.DiariesAsync(f, t, c)), ct);
        var lines = pieces.SelectMany(p => p.Workers.Select(w => new CountLine(w.Worker, pieces.Count > 1 ? $"{p.Community} · {w.Worker}" : w.Worker, w.Count)))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();
        return new DiaryReport(Name(scope), pieces.Count, f, t, lines.Sum(l => l.Count), lines);
    }

    private static string Key<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Name(ReportScope scope) => scope.ToString().ToLowerInvariant();
}
