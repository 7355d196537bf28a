using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.Communities.Overview;

/// <summary>The overview in the request's language, from the kernel's <see cref="OverviewSweep"/>; the trend covers the last 12 months, this one included.</summary>
public sealed class OverviewReader(OverviewSweep sweep, RequestContext current, TimeProvider clock, KeptOverviews kept) : IScopedService
{
    /// <summary>Every community of the view (a city's view kept for a while: <see cref="KeptOverviews"/>).</summary>
    public Task<OverviewDto> ReadAsync(CancellationToken ct) =>
        current.Access is { } access ? kept.GetAsync(access, () => SumAsync(ct)) : SumAsync(ct);

    private async Task<OverviewDto> SumAsync(CancellationToken ct)
    {
        var summedAt = clock.GetUtcNow();
        var today = clock.Today();
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
        var read = await sweep.ReadAsync(first, ct);
        static OverviewValueDto Value(FigureValue v, bool rate) => rate ? new(v.Count, v.Of, v.Percent ?? 0m) : new(v.Count, null, null);
        var rates = read.Modules.SelectMany(m => m.Figures).ToDictionary(f => f.Key, f => f.IsRate);
        IReadOnlyDictionary<string, OverviewValueDto> Values(IReadOnlyDictionary<string, FigureValue> values) =>
            values.Where(v => rates.ContainsKey(v.Key)).ToDictionary(v => v.Key, v => Value(v.Value, rates[v.Key]));
        static OverviewFigureDto Figure(OverviewFigure f) => new(f.Key, Lang.T(f.Title, f.EnglishTitle), f.IsRate, f.HigherIsBetter);
        return new OverviewDto(
            current.Access?.Kind == AccountKind.City ? "city" : "street",
            read.Modules.Select(m => new OverviewModuleDto(m.Name, Lang.T(m.Title, m.EnglishTitle), m.Figures.Select(Figure).ToList(), m.Trends.Select(Figure).ToList())).ToList(),
            read.Rows.Select(r => new OverviewRowDto(r.Community.Id, r.Community.Code, r.Community.Name, Values(r.Values), r.Available)).ToList(),
            Values(read.Total),
            Enumerable.Range(0, 12).SelectMany(i => read.Modules.SelectMany(m => m.Trends).Select(t => new OverviewTrendDto(first.AddMonths(i), t.Key,
                read.Trend.Where(x => x.Month == first.AddMonths(i) && x.Key == t.Key).Sum(x => x.Value)))).ToList(),
            read.Rows.Where(r => !r.Available).Select(r => r.Community.Code).ToList()) { SummedAt = summedAt };
    }
}
