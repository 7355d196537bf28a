using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Scales;

/// <summary>Re-weighs at the fair scale, on their own or for a complaint; one out of tolerance adds points to the stall holder's file.</summary>
public sealed class ReweighService(MarketDbContext db, TimeProvider clock) : IScopedService
{
    public async Task<Paged<ReweighDto>> ListAsync(ReweighQuery q, CancellationToken ct)
    {
        var reweighs = db.Reweighs.AsNoTracking();
        if (q.VendorId is { } vendor) reweighs = reweighs.Where(r => r.VendorId == vendor);
        if (q.OutOfTolerance is { } out_) reweighs = reweighs.Where(r => r.OutOfTolerance == out_);
        var total = await reweighs.CountAsync(ct);
        var page = await reweighs.OrderByDescending(r => r.At).ThenBy(r => r.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        var ids = page.Where(r => r.VendorId is not null).Select(r => r.VendorId!.Value).Distinct().ToList();
        var names = await db.Vendors.AsNoTracking().Where(v => ids.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, ct);
        return new Paged<ReweighDto>(page.Select(r => ToDto(r, r.VendorId is { } v ? names.GetValueOrDefault(v) : null)).ToList(), total);
    }

    public async Task<ReweighDto> RecordAsync(ReweighRequest r, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var at = r.At?.ToUniversalTime() ?? now;
        if (at > now.AddMinutes(5)) throw new InvalidInputException(MarketErrors.ReceivedInFuture, "at", Language.T("不能是将来的时间。", "Not in the future."));
        if (!await db.Markets.AnyAsync(m => m.Id == r.MarketId, ct)) throw new InvalidInputException(MarketErrors.MarketNotFound, "marketId", Language.T("本社区没有这个市场。", "No such market in this community."));
        if (r.ScaleId is { } scale && !await db.Scales.AnyAsync(s => s.Id == scale && s.MarketId == r.MarketId, ct))
            throw new InvalidInputException(MarketErrors.ScaleNotFound, "scaleId", Language.T("该市场没有这台秤。", "No such scale in that market."));
        Guid? vendor = null;
        if (r.StallId is { } stallId)
            vendor = (await db.Stalls.AsNoTracking().Where(s => s.Id == stallId && s.MarketId == r.MarketId).Select(s => new { s.HolderVendorId }).FirstOrDefaultAsync(ct)
                      ?? throw new InvalidInputException(MarketErrors.StallNotFound, "stallId", Language.T("该市场没有这个摊位。", "No such stall in that market."))).HolderVendorId;
        var reweigh = await AddAsync(r.MarketId!.Value, r.ScaleId, vendor, r.StallId, r.Goods!, r.StatedGrams!.Value, r.MeasuredGrams!.Value, r.Outcome, at, null, ct);
        await db.SaveChangesAsync(ct);
        return ToDto(reweigh, vendor is { } v ? (await db.Vendors.AsNoTracking().FirstOrDefaultAsync(x => x.Id == v, ct))?.Name : null);
    }

    /// <summary>Adds a re-weigh (not saved) and, out of tolerance, its points to the vendor's file.</summary>
    public async Task<Reweigh> AddAsync(Guid marketId, Guid? scaleId, Guid? vendorId, Guid? stallId, string goods, int stated, int measured, string? outcome, DateTime at,
        Guid? complaintId, CancellationToken ct)
    {
        var reweigh = new Reweigh(marketId, scaleId, vendorId, stallId, goods, stated, measured, outcome, at, complaintId);
        db.Reweighs.Add(reweigh);
        if (reweigh.OutOfTolerance && vendorId is { } id && await db.Vendors.FirstOrDefaultAsync(v => v.Id == id, ct) is { } vendor) vendor.Deduct(Reweigh.Points);
        return reweigh;
    }

    private static ReweighDto ToDto(Reweigh r, string? vendor) =>
        new(r.Id, r.MarketId, r.ScaleId, r.VendorId, vendor, r.StallId, r.Goods, r.StatedGrams, r.MeasuredGrams, r.DeviationGrams, Reweigh.Tolerance(r.StatedGrams),
            r.OutOfTolerance, r.Outcome, r.At, r.ComplaintId);
}
