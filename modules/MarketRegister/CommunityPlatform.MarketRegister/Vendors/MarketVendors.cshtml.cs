using CommunityPlatform.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>The vendors' files with their credit, and the certificates expiring within 30 days; <c>?print=badges</c> lays their badges out for printing.</summary>
[RequiresCommunity]
[RequiresPermission(MarketPermissions.View)]
public sealed class MarketVendorsModel(VendorService vendors) : PageModel
{
    public Paged<VendorDto> Vendors { get; private set; } = new([], 0);
    public IReadOnlyList<ExpiringCertificate> Expiring { get; private set; } = [];
    public Dictionary<Guid, string> QrCodes { get; } = [];

    [BindProperty(SupportsGet = true)] public string? Print { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public bool Badges => Print == "badges";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Vendors = await vendors.ListAsync(new VendorQuery { Page = Math.Max(1, PageNumber), PageSize = PageQuery.MaxPageSize }, ct);
        if (Badges)
            foreach (var v in Vendors.Items.Where(v => v.BadgeNumber is not null))
                QrCodes[v.Id] = BadgeQr.DataUrl($"{Request.Scheme}://{Request.Host}/market/badges/{Uri.EscapeDataString(v.BadgeNumber!)}", 3);
        else Expiring = await vendors.ExpiringAsync(30, ct);
    }
}
