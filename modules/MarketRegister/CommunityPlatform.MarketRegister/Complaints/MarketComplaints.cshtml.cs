using CommunityPlatform.Application;
using CommunityPlatform.MarketRegister.Markets;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.MarketRegister.Complaints;

/// <summary>The complaints ledger, filtered by state, and the form the supervision desk takes a complaint with — through the API's service.</summary>
[RequiresCommunity]
[RequiresPermission(MarketPermissions.View)]
public sealed class MarketComplaintsModel(ComplaintService complaints, MarketService markets, RequestContext context) : PageModel
{
    public Paged<ComplaintDto> Complaints { get; private set; } = new([], 0);
    public IReadOnlyList<MarketDto> Markets { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public ComplaintState? State { get; set; }
    [BindProperty] public ComplaintRequest Complaint { get; set; } = new();

    public bool CanManage => context.Has(MarketPermissions.Manage);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Markets = await markets.ListAsync(ct);
        Complaints = await complaints.ListAsync(new ComplaintQuery { State = State, PageSize = PageQuery.MaxPageSize }, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("complaint", () => complaints.ReceiveAsync(Complaint, ct))) return RedirectToPage();
        await OnGetAsync(ct);
        return Page();
    }
}
