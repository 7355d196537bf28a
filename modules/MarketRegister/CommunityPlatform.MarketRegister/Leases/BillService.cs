using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Leases;

/// <summary>Monthly bills of the active leases, utilities as read, payments and arrears — all in fen.</summary>
public sealed class BillService(MarketDbContext db, TimeProvider clock) : IScopedService
{
    public async Task<Paged<BillDto>> ListAsync(BillQuery q, CancellationToken ct)
    {
        var bills = db.Bills.AsNoTracking();
        if (q.VendorId is { } v) bills = bills.Where(b => b.VendorId == v);
        if (q.Owing == true) bills = bills.Where(b => b.PaidFen < b.AmountFen);
        var total = await bills.CountAsync(ct);
        var page = await bills.OrderByDescending(b => b.Month).ThenBy(b => b.StallId).ThenBy(b => b.Kind).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<BillDto>(await ToDtosAsync(page, ct), total);
    }

    /// <summary>Rent, management and cleaning for the month of every lease active in it; a bill already issued is not issued again.</summary>
    public async Task<IssuedBills> IssueAsync(DateOnly day, CancellationToken ct)
    {
        var month = new DateOnly(day.Year, day.Month, 1);
        var bills = await IssueMonthAsync(month, ct);
        await db.SaveChangesAsync(ct);
        return new IssuedBills(month, bills.Count, bills.Sum(b => b.AmountFen));
    }

    public async Task<IReadOnlyList<Bill>> IssueMonthAsync(DateOnly month, CancellationToken ct)
    {
        var end = month.AddMonths(1).AddDays(-1);
        var leases = await db.Leases.AsNoTracking().Where(l => (l.State == LeaseState.Active || l.State == LeaseState.Renewed || l.State == LeaseState.Expired)
                                                               && l.StartsOn <= end && l.EndsOn >= month && l.SignedOn != null).ToListAsync(ct);
        var ids = leases.Select(l => l.Id).ToList();
        var issued = (await db.Bills.AsNoTracking().Where(b => b.Month == month && ids.Contains(b.LeaseId)).Select(b => new { b.LeaseId, b.Kind }).ToListAsync(ct))
            .Select(b => (b.LeaseId, b.Kind)).ToHashSet();
        var added = new List<Bill>();
        foreach (var l in leases)
        foreach (var (kind, amount) in new[] { (BillKind.Rent, l.MonthlyRentFen), (BillKind.Management, l.ManagementFen), (BillKind.Cleaning, l.CleaningFen) })
            if (amount > 0 && !issued.Contains((l.Id, kind)))
                added.Add(new Bill(l.Id, l.VendorId, l.StallId, month, kind, amount));
        db.Bills.AddRange(added);
        return added;
    }

    public async Task<BillDto> UtilitiesAsync(UtilityBillRequest r, CancellationToken ct)
    {
        var lease = await db.Leases.AsNoTracking().FirstOrDefaultAsync(l => l.Id == r.LeaseId, ct)
                    ?? throw new InvalidInputException(MarketErrors.LeaseNotFound, "leaseId", Language.T("本社区没有这份合同。", "No such lease in this community."));
        var bill = new Bill(lease.Id, lease.VendorId, lease.StallId, r.Month!.Value, BillKind.Utilities, r.AmountFen!.Value);
        db.Bills.Add(bill);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([bill], ct))[0];
    }

    public async Task<BillDto> PayAsync(Guid id, PaymentRequest r, CancellationToken ct)
    {
        var bill = await db.Bills.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException(MarketErrors.BillNotFound);
        db.ExpectStamp(bill, r.ConcurrencyStamp);
        bill.Pay(r.AmountFen!.Value, r.On ?? clock.Today());
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([bill], ct))[0];
    }

    private async Task<IReadOnlyList<BillDto>> ToDtosAsync(IReadOnlyList<Bill> page, CancellationToken ct)
    {
        var today = clock.Today();
        var stallIds = page.Select(b => b.StallId).Distinct().ToList();
        var vendorIds = page.Select(b => b.VendorId).Distinct().ToList();
        var stalls = await db.Stalls.AsNoTracking().Where(s => stallIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
        var vendors = await db.Vendors.AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        return page.Select(b => new BillDto(b.Id, b.LeaseId, b.VendorId, vendors.GetValueOrDefault(b.VendorId) ?? "", stalls.GetValueOrDefault(b.StallId) ?? "", b.Month, b.Kind,
            b.AmountFen, b.PaidFen, b.OwedFen, b.DueOn, b.OwedFen > 0 && today > b.DueOn, b.ConcurrencyStamp)).ToList();
    }
}
