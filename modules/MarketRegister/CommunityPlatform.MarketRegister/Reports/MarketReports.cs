using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.MarketRegister.Reports;

/// <summary>The market's reports for a community, its street or the city: each community's counts summed, then rates. The period defaults to the last 12 months.</summary>
public sealed class MarketReports(CommunitySweep sweep, TimeProvider clock) : IScopedService
{
    public (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to) =>
        ReportPeriod.Of(from, to, clock.Today());

    public async Task<MarketSummary> SummaryAsync(ReportScope scope, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var (f, t) = Period(from, to);
        var pieces = await sweep.RunAsync<MarketFigures, MarketFigures.Counts>(scope, MarketRegisterModule.Name, (m, c) => m.SummaryAsync(f, t, c), ct);
        var zones = pieces.SelectMany(p => p.Zones).GroupBy(z => z.Zone).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ZoneLine(g.Key, g.Sum(z => z.Stalls), g.Sum(z => z.Let))).ToList();
        var (stalls, let) = (zones.Sum(z => z.Stalls), zones.Sum(z => z.Let));
        var byKind = Enum.GetValues<ComplaintKind>()
            .Select(k => new CountLine(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(k.ToString()), Labels.Of(k),
                pieces.Sum(p => p.ComplaintsByKind.Where(x => x.Kind == k).Sum(x => x.Count)))).ToList();
        var (complaints, closed) = (byKind.Sum(l => l.Count), pieces.Sum(p => p.ComplaintsClosed));
        return new MarketSummary(scope.ToString().ToLowerInvariant(), pieces.Count, f, t, pieces.Sum(p => p.Markets), stalls, let, Rate.From(let, stalls), zones,
            Rate.From(pieces.Sum(p => p.HeldByResidents), let), Rate.From(pieces.Sum(p => p.HeldByPriority), let), pieces.Sum(p => p.Shops),
            complaints, closed, Rate.From(closed, complaints),
            closed == 0 ? 0m : Math.Round((decimal)pieces.Sum(p => p.HoursToClose) / closed, 1, MidpointRounding.AwayFromZero),
            pieces.Sum(p => p.SentToGrid), byKind, pieces.Sum(p => p.Reweighs), pieces.Sum(p => p.OutOfTolerance),
            pieces.Sum(p => p.Billed), pieces.Sum(p => p.Collected), pieces.Sum(p => p.Arrears), pieces.Sum(p => p.Ending30), pieces.Sum(p => p.Ending60),
            pieces.Sum(p => p.OpenDefects), pieces.Sum(p => p.OverdueDefects), pieces.Sum(p => p.ExpiringCertificates), pieces.Sum(p => p.Cards));
    }
}
