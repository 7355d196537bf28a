using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Reports;

/// <summary>
/// The market's lines on the big screen: stalls whose state changed (let, vacant, reserved, closed), as the market's
/// own board shows them — market, stall number, trade and state; never the holder, a vendor who is a person.
/// </summary>
public sealed class MarketScreenFeed(MarketDbContext db) : IScreenFeed, IScopedService
{
    public string Module => MarketRegisterModule.Name;

    public async Task<IReadOnlyList<ScreenItem>> LatestAsync(IReadOnlyCollection<CommunityInfo> communities, int count, CancellationToken ct)
    {
        var ids = communities.Select(c => c.Id).ToList();
        var names = communities.ToDictionary(c => c.Id, c => c.Name);
        var changed = await db.Stalls.Of(ids).OrderByDescending(s => s.ModifiedAt ?? s.CreatedAt).Take(count)
            .Select(s => new { s.CommunityId, s.MarketId, s.Number, s.Category, s.State, At = s.ModifiedAt ?? s.CreatedAt }).ToListAsync(ct);
        var marketIds = changed.Select(s => s.MarketId).Distinct().ToList();
        var markets = await db.Markets.Of(ids).Where(m => marketIds.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        return changed.Select(s => new ScreenItem(s.At, "new", names.GetValueOrDefault(s.CommunityId) ?? "",
                Lang.T("摊位变动：", "Stall: ") + $"{markets.GetValueOrDefault(s.MarketId) ?? ""} {s.Number} · {s.Category} · {Labels.Of(s.State)}"))
            .ToList();
    }
}
