using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Markets;

/// <summary>The stalls of the community's markets: numbered per market, in one of the market's zones.</summary>
public sealed class StallService(MarketDbContext db, MarketService markets) : IScopedService
{
    public async Task<Paged<StallDto>> ListAsync(StallQuery q, CancellationToken ct)
    {
        var stalls = db.Stalls.AsNoTracking();
        if (q.MarketId is { } market) stalls = stalls.Where(s => s.MarketId == market);
        if (q.Zone is { Length: > 0 } zone) stalls = stalls.Where(s => s.Zone == zone);
        if (q.State is { } state) stalls = stalls.Where(s => s.State == state);
        var total = await stalls.CountAsync(ct);
        var page = await stalls.OrderBy(s => s.Number).ThenBy(s => s.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<StallDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<StallDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct, tracked: false));

    public async Task<StallDto> CreateAsync(StallRequest request, CancellationToken ct)
    {
        var market = await MarketOfAsync(request.MarketId!.Value, ct);
        CheckZone(market, request.Zone!);
        var stall = new Stall(market.Id, request.Number!, request.Zone!, request.AreaM2!.Value, request.Corner, request.Category!, request.MonthlyRentFen!.Value);
        if (request.State is { } state) Mark(stall, state);
        if (await db.Stalls.AnyAsync(s => s.MarketId == market.Id && s.Number == stall.Number, ct)) throw new ConflictException(MarketErrors.StallNumberTaken);
        db.Stalls.Add(stall);
        await db.SaveUniqueAsync(MarketErrors.StallNumberTaken, ct);
        return ToDto(stall);
    }

    /// <summary>Changes a stall's zone, size, category and rent, and its state by hand (not to let); the number and market stay.</summary>
    public async Task<StallDto> UpdateAsync(Guid id, StallRequest request, CancellationToken ct)
    {
        var stall = await FindAsync(id, ct);
        db.ExpectStamp(stall, request.ConcurrencyStamp);
        CheckZone(await markets.FindAsync(stall.MarketId, ct, tracked: false), request.Zone!);
        stall.Change(request.Zone!, request.AreaM2!.Value, request.Corner, request.Category!, request.MonthlyRentFen!.Value);
        if (request.State is { } state && state != stall.State) Mark(stall, state);
        await db.SaveChangesAsync(ct);
        return ToDto(stall);
    }

    public async Task<Stall> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Stalls : db.Stalls.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException(MarketErrors.StallNotFound);

    private static void Mark(Stall stall, StallState state)
    {
        if (state == StallState.Let) throw new BusinessRuleException(MarketErrors.StallLetByRound);
        stall.Mark(state);
    }

    private static void CheckZone(Market market, string zone)
    {
        if (!market.Zones.Contains(zone.Trim())) throw new InvalidInputException(MarketErrors.ZoneUnknown, "zone", $"The market's zones are {string.Join(", ", market.Zones)}.");
    }

    private async Task<Market> MarketOfAsync(Guid id, CancellationToken ct)
    {
        try
        {
            return await markets.FindAsync(id, ct, tracked: false);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException(MarketErrors.MarketNotFound, "marketId", Language.T("本社区没有这个市场。", "No such market in this community."));
        }
    }

    public static StallDto ToDto(Stall s) =>
        new(s.Id, s.MarketId, s.Number, s.Zone, s.AreaM2, s.Corner, s.Category, s.MonthlyRentFen, s.State, s.HolderName, s.ConcurrencyStamp);
}
