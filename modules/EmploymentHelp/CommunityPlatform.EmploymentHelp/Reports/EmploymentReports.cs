using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>
/// The module's reports for a community, its street or the city: each community's <see cref="EmploymentFigures"/> are
/// gathered by the kernel's <see cref="CommunitySweep"/> and summed; rates are taken from the sums. The period defaults
/// to the last 12 months (China time), today included. Only counts leave here: no name reaches a street or city.
/// </summary>
public sealed class EmploymentReports(CommunitySweep sweep, TimeProvider clock) : IScopedService
{
    public (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to) =>
        ReportPeriod.Of(from, to, clock.Today());

    public async Task<EmploymentSummary> SummaryAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<EmploymentFigures, EmploymentFigures.Counts>(scope, EmploymentHelpModule.Name, (g, c) => g.SummaryAsync(f, t, c), ct);
        var byCategory = pieces.SelectMany(p => p.Difficulty).GroupBy(d => d.Category)
            .Select(g => new CountLine(g.Key, g.Key, g.Sum(d => d.Count))).OrderByDescending(l => l.Count).ThenBy(l => l.Key, StringComparer.Ordinal).ToList();
        int Sum(Func<EmploymentFigures.Counts, int> of) => pieces.Sum(of);
        var placements = Sum(p => p.Placements);
        var aid = pieces.Sum(p => p.AidFen);
        return new EmploymentSummary(scope.ToString().ToLowerInvariant(), pieces.Count, f, t,
            Sum(p => p.JobSeekersNew), Sum(p => p.JobSeekersDeregistered), Sum(p => p.JobSeekersRegistered),
            byCategory.Sum(l => l.Count), byCategory,
            Sum(p => p.ZeroNew), Sum(p => p.ZeroCleared), Sum(p => p.ZeroOpen), Sum(p => p.ZeroOverdue),
            placements, Rate.From(placements, placements + Sum(p => p.JobSeekersRegistered)),
            Sum(p => p.FollowUpsDue), Sum(p => p.FollowUpsDone), Rate.From(Sum(p => p.SixMonthRetained), Sum(p => p.SixMonthDone)),
            Sum(p => p.Trainees), Sum(p => p.Certified), Sum(p => p.PostsHeld), Sum(p => p.PostsEndingSoon),
            Sum(p => p.LowIncomeHouseholds), Sum(p => p.LowIncomePeople), Sum(p => p.Visits), aid, aid / 100m, Sum(p => p.LoveCards));
    }
}
