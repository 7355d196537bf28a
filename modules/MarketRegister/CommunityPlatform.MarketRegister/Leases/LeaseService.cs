using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Leases;

/// <summary>Leases of the stalls: signing lets the stall, ending frees it; a breach must stand on the records (a short re-weigh, two upheld complaints).</summary>
public sealed class LeaseService(MarketDbContext db, TimeProvider clock) : IScopedService
{
    public async Task<Paged<LeaseDto>> ListAsync(LeaseQuery q, CancellationToken ct)
    {
        var leases = db.Leases.AsNoTracking();
        if (q.State is { } state) leases = leases.Where(l => l.State == state);
        if (q.EndingWithinDays is { } days)
        {
            var until = clock.Today().AddDays(days);
            leases = leases.Where(l => l.State == LeaseState.Active && l.EndsOn <= until);
        }

        var total = await leases.CountAsync(ct);
        var page = await leases.OrderBy(l => l.EndsOn).ThenBy(l => l.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<LeaseDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<LeaseDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    public async Task<LeaseDto> DraftAsync(LeaseRequest r, CancellationToken ct)
    {
        var stall = await db.Stalls.AsNoTracking().FirstOrDefaultAsync(s => s.Id == r.StallId, ct)
                    ?? throw new InvalidInputException(MarketErrors.StallNotFound, "stallId", Language.T("本社区没有这个摊位。", "No such stall in this community."));
        if (!await db.Vendors.AnyAsync(v => v.Id == r.VendorId && v.LeftOn == null, ct))
            throw new InvalidInputException(MarketErrors.VendorNotFound, "vendorId", Language.T("本社区没有这一经营户。", "No such vendor in this community."));
        if (r.EndsOn <= r.StartsOn) throw new InvalidInputException(MarketErrors.LeaseDates, "endsOn", Language.T("合同的到期日须晚于起始日。", "A lease ends after it starts."));
        var lease = new Lease(stall.Id, r.VendorId!.Value, r.StartsOn!.Value, r.EndsOn!.Value, r.MonthlyRentFen ?? stall.MonthlyRentFen, r.ManagementFen!.Value,
            r.CleaningFen!.Value, r.DepositFen!.Value);
        db.Leases.Add(lease);
        await db.SaveChangesAsync(ct);
        return await GetAsync(lease.Id, ct);
    }

    public async Task<LeaseDto> ActAsync(Guid id, LeaseStepRequest r, CancellationToken ct)
    {
        var lease = await FindAsync(id, ct);
        db.ExpectStamp(lease, r.ConcurrencyStamp);
        var next = await ActAsync(lease, r.Action!.Value, r.On ?? clock.Today(), r.EndsOn, r.Kind, r.Reason, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(next?.Id ?? id, ct);
    }

    /// <summary>Applies one step (not saved); a renewal answers the new lease.</summary>
    public async Task<Lease?> ActAsync(Lease lease, LeaseAction action, DateOnly on, DateOnly? endsOn, TerminationKind? kind, string? reason, CancellationToken ct)
    {
        var stall = await db.Stalls.FirstAsync(s => s.Id == lease.StallId, ct);
        switch (action)
        {
            case LeaseAction.Sign:
                if (await db.Leases.AnyAsync(l => l.StallId == lease.StallId && l.State == LeaseState.Active && l.Id != lease.Id, ct)) throw new BusinessRuleException(MarketErrors.StallTaken);
                lease.Sign(on);
                var vendor = await db.Vendors.FirstAsync(v => v.Id == lease.VendorId, ct);
                stall.LetTo(vendor.Id, vendor.Name, vendor.Resident, vendor.PriorityHousehold);
                return null;
            case LeaseAction.Renew:
                var next = lease.Renew(endsOn ?? throw new InvalidInputException(MarketErrors.LeaseDates, "endsOn", Language.T("续租须填写新的到期日。", "A renewal says its new end.")), on);
                db.Leases.Add(next);
                return next;
            case LeaseAction.Expire:
                lease.Expire(on);
                Free(stall, lease);
                return null;
            case LeaseAction.Terminate:
                if (string.IsNullOrWhiteSpace(reason)) throw new InvalidInputException(PlatformErrors.InvalidRequest, "reason", Language.T("请填写合同终止原因。", "Say why the lease ends."));
                var breach = kind ?? throw new InvalidInputException(PlatformErrors.InvalidRequest, "kind", Language.T("请选择退出或违约。", "Exit or breach."));
                if (breach == TerminationKind.Breach && !await BreachOnRecordAsync(lease.VendorId, ct)) throw new BusinessRuleException(MarketErrors.BreachUnproven);
                lease.Terminate(breach, reason, on);
                Free(stall, lease);
                return null;
            default:
                lease.RefundDeposit(on);
                return null;
        }
    }

    /// <summary>Cheating the scale (a re-weigh out of tolerance) or two or more upheld complaints.</summary>
    private async Task<bool> BreachOnRecordAsync(Guid vendorId, CancellationToken ct) =>
        await db.Reweighs.AnyAsync(r => r.VendorId == vendorId && r.OutOfTolerance, ct)
        || await db.Complaints.CountAsync(c => c.VendorId == vendorId
                                                && (c.Handling == ComplaintHandling.Refund || c.Handling == ComplaintHandling.Warning || c.Handling == ComplaintHandling.Card), ct) >= 2;

    private static void Free(Markets.Stall stall, Lease lease)
    {
        if (stall.HolderVendorId == lease.VendorId) stall.Mark(StallState.Vacant);
    }

    private async Task<Lease> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Leases : db.Leases.AsNoTracking()).FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException(MarketErrors.LeaseNotFound);

    private async Task<IReadOnlyList<LeaseDto>> ToDtosAsync(IReadOnlyList<Lease> page, CancellationToken ct)
    {
        var today = clock.Today();
        var stallIds = page.Select(l => l.StallId).Distinct().ToList();
        var vendorIds = page.Select(l => l.VendorId).Distinct().ToList();
        var stalls = await db.Stalls.AsNoTracking().Where(s => stallIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
        var vendors = await db.Vendors.AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        return page.Select(l => new LeaseDto(l.Id, l.StallId, stalls.GetValueOrDefault(l.StallId) ?? "", l.VendorId, vendors.GetValueOrDefault(l.VendorId) ?? "", l.StartsOn, l.EndsOn,
            l.MonthlyRentFen, l.ManagementFen, l.CleaningFen, l.DepositFen, l.State, l.ExpiringOn(today), l.SignedOn, l.DepositRefundedOn, l.TerminationKind,
            l.TerminationReason, l.RenewedAsId, l.ConcurrencyStamp)).ToList();
    }
}
