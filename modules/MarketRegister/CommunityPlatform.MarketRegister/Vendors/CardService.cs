using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>Yellow and red cards with their points and reasons; each counts on the vendor's file (and a yellow card against the next allocation).</summary>
public sealed class CardService(MarketDbContext db, TimeProvider clock) : IScopedService
{
    public async Task<Paged<VendorCardRecordDto>> ListAsync(Guid? vendorId, PageQuery q, CancellationToken ct)
    {
        var cards = db.Cards.AsNoTracking();
        if (vendorId is { } v) cards = cards.Where(c => c.VendorId == v);
        var total = await cards.CountAsync(ct);
        var page = await cards.OrderByDescending(c => c.On).ThenBy(c => c.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        var ids = page.Select(c => c.VendorId).Distinct().ToList();
        var names = await db.Vendors.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        return new Paged<VendorCardRecordDto>(page.Select(c => new VendorCardRecordDto(c.Id, c.VendorId, names.GetValueOrDefault(c.VendorId) ?? "", c.Color, c.Points, c.Reason, c.On,
            c.InspectionId)).ToList(), total);
    }

    public async Task<VendorCardRecordDto> GiveAsync(CardRequest r, CancellationToken ct)
    {
        var vendor = await db.Vendors.FirstOrDefaultAsync(v => v.Id == r.VendorId, ct)
                     ?? throw new InvalidInputException(MarketErrors.VendorNotFound, "vendorId", Language.T("本社区没有这一经营户。", "No such vendor in this community."));
        if (r.InspectionId is { } i && !await db.Inspections.AnyAsync(x => x.Id == i, ct))
            throw new InvalidInputException(MarketErrors.InspectionNotFound, "inspectionId", Language.T("本社区没有这次检查。", "No such inspection in this community."));
        var card = Give(vendor, r.Color!.Value, r.Points!.Value, r.Reason!, r.On ?? clock.Today(), r.InspectionId);
        await db.SaveChangesAsync(ct);
        return new VendorCardRecordDto(card.Id, vendor.Id, vendor.Name, card.Color, card.Points, card.Reason, card.On, card.InspectionId);
    }

    public VendorCard Give(Vendor vendor, CardColor color, int points, string reason, DateOnly on, Guid? inspectionId)
    {
        var card = new VendorCard(vendor.Id, color, points, reason, on, inspectionId);
        vendor.Card(color == CardColor.Red, points);
        db.Cards.Add(card);
        return card;
    }
}
