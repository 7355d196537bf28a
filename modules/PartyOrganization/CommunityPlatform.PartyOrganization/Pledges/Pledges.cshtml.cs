using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.PartyOrganization.Reports;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Pledges;

/// <summary>
/// 公开承诺践诺: the community's fulfilment rates as the reports give them, the pledges by state, owner and unit, a
/// form to make a pledge (a unit's or a member's) and, for each open pledge, its fulfilment.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class PledgesModel(
    PledgeService pledges, PartyReports reports, OrganizationService organizations, MemberService members, RequestContext account, TimeProvider clock) : PageModel
{
    // From the query string only: a page's route has a value named "page" too, which would otherwise be read as the page number.
    [BindProperty(SupportsGet = true), FromQuery] public PledgeQuery Query { get; set; } = new();
    public Paged<PledgeDto> Results { get; private set; } = new([], 0);
    public PledgeReport Report { get; private set; } = null!;
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<PartyMemberDto> Roll { get; private set; } = [];
    public bool CanManage => account.Has(PartyPermissions.ManageActivities);
    public DateOnly Today => clock.Today();

    /// <summary>The form that was refused: <c>pledge</c> or <c>close</c>.</summary>
    public string? Failed { get; private set; }
    public PledgeRequest? Refused { get; private set; }

    /// <summary>The pledge whose fulfilment was refused, shown above the list with the reason, wherever it is in the list.</summary>
    public PledgeDto? RefusedClose { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostPledgeAsync(PledgeRequest pledge, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("pledge", () => pledges.CreateAsync(pledge, ct))) return Redirect("/party/pledges");
        (Failed, Refused) = ("pledge", pledge);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, PledgeFulfilmentRequest close, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("close", () => pledges.CloseAsync(id, close, ct))) return Redirect("/party/pledges");
        Failed = "close";
        RefusedClose = await pledges.GetAsync(id, ct);
        return await ShowAsync(ct);
    }

    public string PageLink(int page) => $"?page={page}&state={Query.State}&owner={Query.Owner}&unitId={Query.UnitId}&memberId={Query.MemberId}";

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Query = new PledgeQuery();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid && Failed is null) Query = new PledgeQuery { State = Query.State, Owner = Query.Owner, UnitId = Query.UnitId, MemberId = Query.MemberId };
        Report = await reports.PledgesAsync(ReportScope.Community, null, clock.Today(), ct);
        Results = await pledges.ListAsync(Query, ct);
        Units = UnitTree.Ordered(await organizations.ListAsync(ct));
        if (CanManage) Roll = await MemberRoll.ActiveAsync(members, null, ct);
    }
}
