using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Markets;
using CommunityPlatform.MarketRegister.Complaints;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Reports;

/// <summary>
/// The market's headline figures on the street's and the city's overview: stalls let of stalls not closed (occupancy),
/// complaints received in the last 12 months and the share of them closed; the trend counts complaints per month.
/// </summary>
public sealed class MarketOverview(MarketDbContext db, TimeProvider clock) : IOverviewFigures, IScopedService
{
    public string Module => MarketRegisterModule.Name;

    public IReadOnlyList<OverviewFigure> Figures { get; } =
    [
        new("market.letStalls", "摊位出租率", "Stalls let", IsRate: true),
        new("market.complaints", "投诉（近12个月）", "Complaints (12 months)", HigherIsBetter: false),
        new("market.complaintsClosed", "投诉办结率", "Complaints closed", IsRate: true),
    ];

    public IReadOnlyList<OverviewFigure> Trends { get; } = [new("market.complaints", "市场投诉", "Market complaints")];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, FigureValue>>> ReadAsync(IReadOnlyCollection<CommunityInfo> communities, CancellationToken ct)
    {
        var ids = communities.Select(c => c.Id).ToList();
        var since = Start(clock.Today().AddYears(-1).AddDays(1));
        var stalls = await db.Stalls.Of(ids).Where(s => s.State != StallState.Closed).GroupBy(s => s.CommunityId)
            .Select(g => new { g.Key, All = g.Count(), Let = g.Count(s => s.State == StallState.Let) }).ToDictionaryAsync(g => g.Key, ct);
        var complaints = await db.Complaints.Of(ids).Where(c => c.ReceivedAt >= since).GroupBy(c => c.CommunityId)
            .Select(g => new { g.Key, All = g.Count(), Closed = g.Count(c => c.State == ComplaintState.Closed) }).ToDictionaryAsync(g => g.Key, ct);
        return ids.ToDictionary(id => id, id =>
        {
            var s = stalls.GetValueOrDefault(id);
            var c = complaints.GetValueOrDefault(id);
            return (IReadOnlyDictionary<string, FigureValue>)new Dictionary<string, FigureValue>
            {
                ["market.letStalls"] = s is null ? default : new(s.Let, s.All),
                ["market.complaints"] = new(c?.All ?? 0),
                ["market.complaintsClosed"] = c is null ? default : new(c.Closed, c.All),
            };
        });
    }

    public async Task<IReadOnlyList<(DateOnly Month, string Key, long Value)>> TrendAsync(IReadOnlyCollection<CommunityInfo> communities, DateOnly firstMonth, CancellationToken ct)
    {
        var received = await db.Complaints.Of(communities.Select(c => c.Id).ToList()).Where(c => c.ReceivedAt >= Start(firstMonth)).Select(c => c.ReceivedAt).ToListAsync(ct);
        return received.Select(r => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r, DateTimeKind.Utc), CommunityCalendar.Zone))
            .GroupBy(d => new DateOnly(d.Year, d.Month, 1)).Select(g => (g.Key, "market.complaints", (long)g.Count())).ToList();
    }

    // Complaints are stamped in UTC; the period starts at midnight China time.
    private static DateTime Start(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), CommunityCalendar.Zone);
}
