using CommunityPlatform.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.MarketRegister.Shops;

/// <summary>The street-front shops, by licence state, a hundred a page.</summary>
[RequiresCommunity]
[RequiresPermission(MarketPermissions.View)]
public sealed class MarketShopsModel(ShopService shops) : PageModel
{
    public Paged<ShopDto> Shops { get; private set; } = new([], 0);

    [BindProperty(SupportsGet = true)] public LicenceState? Licence { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public async Task OnGetAsync(CancellationToken ct) =>
        Shops = await shops.ListAsync(new ShopQuery { Licence = Licence, Page = Math.Max(1, PageNumber), PageSize = PageQuery.MaxPageSize }, ct);
}
