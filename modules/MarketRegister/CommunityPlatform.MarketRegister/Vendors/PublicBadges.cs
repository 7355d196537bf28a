using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>
/// The public card behind a badge's QR code (胸卡): masked name, stall, goods and credit level, read without an
/// account. The community comes from the badge number (<c>{community}-XK-{n}</c>); a vendor who left has no card.
/// </summary>
public sealed class PublicBadges(IServiceScopeFactory scopes, ICommunityDirectory communities, IModuleSwitches switches) : IScopedService
{
    public async Task<VendorCardDto> GetAsync(string number, CancellationToken ct)
    {
        var parts = number.Split('-');
        var community = parts.Length >= 3 ? communities.FindByCode(string.Join('-', parts[..^2])) : null;
        if (community is null || !switches.IsEnabled(community.Id, MarketRegisterModule.Name)) throw new NotFoundException(MarketErrors.VendorNotFound);

        await using var inner = scopes.CreateAsyncScope(community);
        var db = inner.ServiceProvider.GetRequiredService<MarketDbContext>();
        var vendor = await db.Vendors.AsNoTracking().FirstOrDefaultAsync(v => v.BadgeNumber == number && v.LeftOn == null, ct) ?? throw new NotFoundException(MarketErrors.VendorNotFound);
        var stall = vendor.StallId is { } s ? await db.Stalls.AsNoTracking().FirstOrDefaultAsync(x => x.Id == s, ct) : null;
        var market = stall is null ? null : await db.Markets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == stall.MarketId, ct);
        return new VendorCardDto(number, community.Name, market?.Name ?? "", Masking.Name(vendor.Name), stall?.Number, vendor.Goods, vendor.CreditLevel, vendor.BadgeValidUntil);
    }
}
