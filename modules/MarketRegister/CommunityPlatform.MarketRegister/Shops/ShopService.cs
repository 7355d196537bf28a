using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Shops;

/// <summary>The register of street-front shops; buildings are the registry's, read through its contract.</summary>
public sealed class ShopService(MarketDbContext db, IResidentDirectory registry, TimeProvider clock) : IScopedService
{
    public async Task<Paged<ShopDto>> ListAsync(ShopQuery q, CancellationToken ct)
    {
        var today = clock.Today();
        var shops = db.Shops.AsNoTracking();
        if (q.Trade is { Length: > 0 } trade) shops = shops.Where(s => s.Trade == trade);
        var soon = today.AddDays(30);
        shops = q.Licence switch
        {
            LicenceState.None => shops.Where(s => s.LicenceExpiresOn == null),
            LicenceState.Expired => shops.Where(s => s.LicenceExpiresOn < today),
            LicenceState.Expiring => shops.Where(s => s.LicenceExpiresOn >= today && s.LicenceExpiresOn <= soon),
            LicenceState.Valid => shops.Where(s => s.LicenceExpiresOn > soon),
            _ => shops,
        };
        var total = await shops.CountAsync(ct);
        var page = await shops.OrderBy(s => s.Address).ThenBy(s => s.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<ShopDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<ShopDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    public async Task<ShopDto> CreateAsync(ShopRequest r, CancellationToken ct)
    {
        await CheckBuildingAsync(r.BuildingId, ct);
        var shop = new StreetShop(r.Name!, r.BuildingId, r.Address!, r.Operator!, r.CreditCode, r.Trade!, r.LicenceExpiresOn);
        db.Shops.Add(shop);
        await db.SaveChangesAsync(ct);
        return await GetAsync(shop.Id, ct);
    }

    public async Task<ShopDto> UpdateAsync(Guid id, ShopRequest r, CancellationToken ct)
    {
        var shop = await FindAsync(id, ct);
        db.ExpectStamp(shop, r.ConcurrencyStamp);
        await CheckBuildingAsync(r.BuildingId, ct);
        shop.Change(r.Name!, r.BuildingId, r.Address!, r.Operator!, r.CreditCode, r.Trade!, r.LicenceExpiresOn);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task CheckBuildingAsync(Guid? buildingId, CancellationToken ct)
    {
        if (buildingId is { } id && (await registry.GetBuildingsAsync([id], ct)).Count == 0)
            throw new InvalidInputException(MarketErrors.BuildingNotFound, "buildingId", Language.T("本社区没有这栋楼。", "No such building in this community."));
    }

    private async Task<StreetShop> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Shops : db.Shops.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(MarketErrors.ShopNotFound);

    private async Task<IReadOnlyList<ShopDto>> ToDtosAsync(IReadOnlyList<StreetShop> shops, CancellationToken ct)
    {
        var today = clock.Today();
        var ids = shops.Where(s => s.BuildingId is not null).Select(s => s.BuildingId!.Value).Distinct().ToList();
        var numbers = ids.Count == 0 ? [] : (await registry.GetBuildingsAsync(ids, ct)).ToDictionary(b => b.Id, b => b.Number);
        return shops.Select(s => new ShopDto(s.Id, s.Name, s.BuildingId, s.BuildingId is { } b ? numbers.GetValueOrDefault(b) : null, s.Address, s.Operator,
            Masking.Identifier(s.CreditCode), s.Trade, s.LicenceOn(today), s.LicenceExpiresOn, s.ConcurrencyStamp)).ToList();
    }
}
