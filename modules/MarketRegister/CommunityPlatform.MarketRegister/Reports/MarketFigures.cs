using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Reports;

/// <summary>One community's counts for the reports — counts only, so a street's or the city's are their sums and rates are taken once.</summary>
public sealed class MarketFigures(MarketDbContext db) : IScopedService
{
    public sealed record Counts(
        int Markets, IReadOnlyList<(string Zone, int Stalls, int Let)> Zones, int HeldByResidents, int HeldByPriority, int Shops,
        IReadOnlyList<(ComplaintKind Kind, int Count)> ComplaintsByKind, int ComplaintsClosed, int SentToGrid, int Reweighs, int OutOfTolerance);

    public static DateTime Start(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), CommunityCalendar.Zone);

    public async Task<Counts> SummaryAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (Start(from), Start(to.AddDays(1)));
        var stalls = await db.Stalls.AsNoTracking().Select(s => new { s.Zone, s.State, s.HeldByResident, s.HeldByPriorityHousehold }).ToListAsync(ct);
        var let = stalls.Where(s => s.State == StallState.Let).ToList();
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .Select(c => new { c.Kind, c.State, c.GridRequestId, c.StatedGrams, c.MeasuredGrams }).ToListAsync(ct);
        var reweighed = complaints.Where(c => c.StatedGrams is not null && c.MeasuredGrams is not null).ToList();
        return new Counts(
            await db.Markets.CountAsync(ct),
            stalls.GroupBy(s => s.Zone).Select(g => (g.Key, g.Count(), g.Count(s => s.State == StallState.Let))).ToList(),
            let.Count(s => s.HeldByResident), let.Count(s => s.HeldByPriorityHousehold),
            await db.Shops.CountAsync(ct),
            complaints.GroupBy(c => c.Kind).Select(g => (g.Key, g.Count())).ToList(),
            complaints.Count(c => c.State == ComplaintState.Closed),
            complaints.Count(c => c.GridRequestId is not null),
            reweighed.Count,
            reweighed.Count(c => c.StatedGrams - c.MeasuredGrams > Complaints.ComplaintService.ToleranceGrams));
    }
}
