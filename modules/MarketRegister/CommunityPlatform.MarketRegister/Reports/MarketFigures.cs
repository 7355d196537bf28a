using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.MarketRegister.Inspections;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Reports;

/// <summary>One community's counts for the reports — counts only, so a street's or the city's are their sums and rates are taken once.</summary>
public sealed class MarketFigures(MarketDbContext db, TimeProvider clock) : IScopedService
{
    public sealed record Counts(
        int Markets, IReadOnlyList<(string Zone, int Stalls, int Let)> Zones, int HeldByResidents, int HeldByPriority, int Shops,
        IReadOnlyList<(ComplaintKind Kind, int Count)> ComplaintsByKind, int ComplaintsClosed, double HoursToClose, int SentToGrid, int Reweighs, int OutOfTolerance,
        long Billed, long Collected, long Arrears, int Ending30, int Ending60, int OpenDefects, int OverdueDefects, int ExpiringCertificates, int Cards);

    public static DateTime Start(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), CommunityCalendar.Zone);

    public async Task<Counts> SummaryAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (Start(from), Start(to.AddDays(1)));
        var stalls = await db.Stalls.AsNoTracking().Select(s => new { s.Zone, s.State, s.HeldByResident, s.HeldByPriorityHousehold }).ToListAsync(ct);
        var let = stalls.Where(s => s.State == StallState.Let).ToList();
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ReceivedAt >= start && c.ReceivedAt < end)
            .Select(c => new { c.Kind, c.State, c.GridRequestId, c.ReceivedAt, c.ClosedAt }).ToListAsync(ct);
        var closed = complaints.Where(c => c.State == ComplaintState.Closed && c.ClosedAt is not null).ToList();
        var today = clock.Today();
        var (firstMonth, lastMonth) = (new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, 1));
        var bills = await db.Bills.AsNoTracking().Where(b => b.Month >= firstMonth && b.Month <= lastMonth)
            .GroupBy(b => 1).Select(g => new { Billed = g.Sum(b => b.AmountFen), Paid = g.Sum(b => b.PaidFen) }).FirstOrDefaultAsync(ct);
        var dueBefore = today.AddDays(-9);
        var arrears = await db.Bills.AsNoTracking().Where(b => b.PaidFen < b.AmountFen && b.Month < dueBefore).SumAsync(b => b.AmountFen - b.PaidFen, ct);
        var (in30, in60) = (today.AddDays(30), today.AddDays(60));
        var ending = await db.Leases.AsNoTracking().Where(l => l.State == LeaseState.Active && l.EndsOn <= in60).Select(l => l.EndsOn).ToListAsync(ct);
        var findings = (await db.Inspections.AsNoTracking().Where(i => i.HasOpenFindings).Select(i => i.Findings).ToListAsync(ct))
            .SelectMany(f => f).Where(f => f.State != FindingState.Closed).ToList();
        var expiring = await db.Vendors.AsNoTracking().Where(v => v.LeftOn == null)
            .SumAsync(v => (v.LicenceExpiresOn <= in30 ? 1 : 0) + (v.FoodPermitExpiresOn <= in30 ? 1 : 0) + (v.HealthCertExpiresOn <= in30 ? 1 : 0) + (v.BadgeValidUntil <= in30 ? 1 : 0), ct);
        var reweighs = await db.Reweighs.AsNoTracking().Where(r => r.At >= start && r.At < end).GroupBy(r => r.OutOfTolerance).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new Counts(
            await db.Markets.CountAsync(ct),
            stalls.GroupBy(s => s.Zone).Select(g => (g.Key, g.Count(), g.Count(s => s.State == StallState.Let))).ToList(),
            let.Count(s => s.HeldByResident), let.Count(s => s.HeldByPriorityHousehold),
            await db.Shops.CountAsync(ct),
            complaints.GroupBy(c => c.Kind).Select(g => (g.Key, g.Count())).ToList(),
            closed.Count,
            closed.Sum(c => (c.ClosedAt!.Value - c.ReceivedAt).TotalHours),
            complaints.Count(c => c.GridRequestId is not null),
            reweighs.Sum(r => r.Count),
            reweighs.Where(r => r.Key).Sum(r => r.Count),
            bills?.Billed ?? 0, bills?.Paid ?? 0, arrears, ending.Count(e => e <= in30), ending.Count,
            findings.Count, findings.Count(f => f.OverdueOn(today)), expiring,
            await db.Cards.AsNoTracking().CountAsync(c => c.On >= from && c.On <= to, ct));
    }
}
