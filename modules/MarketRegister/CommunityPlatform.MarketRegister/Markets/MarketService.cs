using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Markets;

/// <summary>The markets of the request's community.</summary>
public sealed class MarketService(MarketDbContext db) : IScopedService
{
    public async Task<IReadOnlyList<MarketDto>> ListAsync(CancellationToken ct)
    {
        var markets = await db.Markets.AsNoTracking().ToListAsync(ct);
        var counts = await db.Stalls.AsNoTracking().GroupBy(s => s.MarketId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return markets.OrderBy(m => m.Name, StringComparer.Ordinal).Select(m => ToDto(m, counts.GetValueOrDefault(m.Id))).ToList();
    }

    public async Task<MarketDto> GetAsync(Guid id, CancellationToken ct)
    {
        var market = await FindAsync(id, ct, tracked: false);
        return ToDto(market, await db.Stalls.CountAsync(s => s.MarketId == id, ct));
    }

    public async Task<MarketDto> CreateAsync(MarketRequest request, CancellationToken ct)
    {
        var market = new Market(request.Name!, request.Operator!, request.Address!, request.Zones!);
        Apply(market, request);
        db.Markets.Add(market);
        await db.SaveChangesAsync(ct);
        return ToDto(market, 0);
    }

    public async Task<MarketDto> UpdateAsync(Guid id, MarketRequest request, CancellationToken ct)
    {
        var market = await FindAsync(id, ct);
        db.ExpectStamp(market, request.ConcurrencyStamp);
        market.Change(request.Name!, request.Operator!, request.Address!, request.Zones!);
        Apply(market, request);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<Market> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Markets : db.Markets.AsNoTracking()).FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException(MarketErrors.MarketNotFound);

    private static void Apply(Market market, MarketRequest request)
    {
        market.OpeningHours = request.OpeningHours?.Trim();
        market.Rules = request.Rules?.Trim();
        market.ComplaintPhone = request.ComplaintPhone?.Trim();
        market.NoticeBoard = request.NoticeBoard?.Trim();
        market.RenovationFen = request.RenovationFen ?? market.RenovationFen;
    }

    private static MarketDto ToDto(Market m, int stalls) =>
        new(m.Id, m.Name, m.Operator, m.Address, m.Zones, m.OpeningHours, m.Rules, m.ComplaintPhone, m.NoticeBoard, m.RenovationFen, stalls, m.ConcurrencyStamp);
}
