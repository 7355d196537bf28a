using System.Globalization;
using System.Text.Json;
using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.CultureTeams.Reports;

/// <summary>
/// The module's reports for a community, its street or the city: each community's <see cref="CultureFigures"/> are
/// gathered by the kernel's <see cref="CommunitySweep"/> and summed; a wider scope ranks its communities. The period
/// defaults to the last 12 months (China time), today included, and may reach back five years.
/// </summary>
public sealed class CultureReports(CommunitySweep sweep, TimeProvider clock) : IScopedService
{
    private const string Module = CultureTeamsModule.Name;

    /// <summary>The dates a period may name at all: beyond them a date is a typing error, not a period.</summary>
    public static readonly (DateOnly Earliest, DateOnly Latest) Sensible = (new(1990, 1, 1), new(2100, 12, 31));

    public (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to) =>
        ReportPeriod.Of(from, to, clock.Today(), error: CultureErrors.PeriodInvalid);

    public async Task<ActivityReport> ActivitiesAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<CultureFigures, CultureFigures.ActivityCounts>(scope, Module, (g, c) => g.ActivitiesAsync(f, t, c), ct);
        var all = pieces.SelectMany(p => p.Activities).ToList();
        var several = pieces.Count > 1;

        var months = new List<MonthLine>();
        for (var m = new DateOnly(f.Year, f.Month, 1); m <= t; m = m.AddMonths(1))
        {
            var key = m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var inMonth = all.Where(a => ChinaTime.Format(a.StartsAt, "yyyy-MM") == key).ToList();
            months.Add(new MonthLine(key, inMonth.Count, inMonth.Sum(a => a.Attendance)));
        }

        var byKind = Enum.GetValues<ActivityKind>().Select(k => new CountLine(Key(k), CultureLabels.Of(k), all.Count(a => a.Kind == k))).ToList();
        var byTeam = pieces.SelectMany(p => p.Activities.Where(a => a.TeamId is not null).GroupBy(a => a.TeamId!.Value)
                .Select(g => new ActivityLine(g.Key.ToString(), Named(several, p.Community, p.Teams.GetValueOrDefault(g.Key, "")), g.Count(), g.Sum(a => a.Attendance))))
            .OrderByDescending(l => l.Activities).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();
        var byPoint = pieces.SelectMany(p => p.Activities.Where(a => a.PointId is not null).GroupBy(a => a.PointId!.Value)
                .Select(g => new ActivityLine(g.Key.ToString(), Named(several, p.Community, p.Points.GetValueOrDefault(g.Key, "")), g.Count(), g.Sum(a => a.Attendance))))
            .OrderByDescending(l => l.Activities).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();
        var byCommunity = several
            ? pieces.Select(p => new ActivityLine(p.Community, p.Community, p.Activities.Count, p.Activities.Sum(a => a.Attendance)))
                .OrderByDescending(l => l.Activities).ThenBy(l => l.Label, StringComparer.Ordinal).ToList()
            : [];
        var trainings = all.Where(a => a.Kind == ActivityKind.Training).ToList();
        var publicity = all.Where(a => a.Kind == ActivityKind.Publicity).ToList();
        return new ActivityReport(Name(scope), pieces.Count, f, t, all.Count, all.Sum(a => a.Attendance), pieces.Sum(p => p.DistinctParticipants),
            trainings.Count, trainings.Sum(a => a.Attendance), publicity.Count, publicity.Sum(a => a.Information ?? 0), months, byKind, byTeam, byPoint, byCommunity);
    }

    public async Task<VolunteerReport> VolunteersAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<CultureFigures, CultureFigures.VolunteerCounts>(scope, Module, (g, c) => g.VolunteersAsync(f, t, c), ct);
        var volunteers = pieces.Sum(p => p.Volunteers);
        var hours = Math.Round(pieces.Sum(p => p.Minutes) / 60m, 1, MidpointRounding.AwayFromZero);
        var stars = Enumerable.Range(0, 6).Select(s => new CountLine(s.ToString(CultureInfo.InvariantCulture), Lang.T($"{s}星", $"{s} stars"), pieces.Sum(p => p.Stars[s]))).ToList();
        var known = pieces.Where(p => p.PartyKnown).ToList();
        var byCommunity = pieces.Count > 1
            ? pieces.Select(p => new CountLine(p.Community, p.Community, p.Volunteers)).OrderByDescending(l => l.Count).ThenBy(l => l.Label, StringComparer.Ordinal).ToList()
            : [];
        return new VolunteerReport(Name(scope), pieces.Count, f, t, volunteers, hours, volunteers == 0 ? 0 : Math.Round(hours / volunteers, 1, MidpointRounding.AwayFromZero),
            stars, Rate.From(known.Sum(p => p.PartyMembers), known.Sum(p => p.Volunteers)), byCommunity);
    }

    public async Task<VenueUseReport> VenuesAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<CultureFigures, (string Community, IReadOnlyList<(Guid Id, string Name, int Booked, int Used, int NoShows, double Hours)> Venues)>(
            scope, Module, async (g, c) => (g.CommunityName, await g.VenuesAsync(f, t, c)), ct);
        var lines = pieces.SelectMany(p => p.Venues.Select(v => new VenueUseLine(v.Id.ToString(), Named(pieces.Count > 1, p.Community, v.Name), v.Booked, v.Used, v.NoShows,
            Math.Round((decimal)v.Hours, 1, MidpointRounding.AwayFromZero)))).OrderByDescending(l => l.Booked).ThenBy(l => l.Label, StringComparer.Ordinal).ToList();
        return new VenueUseReport(Name(scope), pieces.Count, f, t, lines);
    }

    public static void Check(DateOnly? day, string field)
    {
        if (day is { } d && (d < Sensible.Earliest || d > Sensible.Latest))
            throw new InvalidInputException(CultureErrors.PeriodInvalid, field, Language.T("日期超出范围。", "The date is out of range."));
    }

    private static string Named(bool several, string community, string label) => several ? $"{community} · {label}" : label;

    public static string Key<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Name(ReportScope scope) => scope.ToString().ToLowerInvariant();
}
