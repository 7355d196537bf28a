using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>The member register (党员花名册): by name, unit (with the units below it), category and state, a page at a time.</summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class MembersModel(MemberService members, OrganizationService organizations, RequestContext account) : PageModel
{
    // From the query string only: a page's route has a value named "page" too, which would otherwise be read as the page number.
    [BindProperty(SupportsGet = true), FromQuery] public PartyMemberQuery Query { get; set; } = new();
    public Paged<PartyMemberDto> Results { get; private set; } = new([], 0);
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Units { get; private set; } = [];
    public bool CanManage => account.Has(PartyPermissions.ManageMembers);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Units = UnitTree.Ordered(await organizations.ListAsync(ct));
        // A page number past the end or a size the API would refuse is read as the first page of twenty.
        if (!ModelState.IsValid) Query = new PartyMemberQuery { UnitId = Query.UnitId, Category = Query.Category, State = Query.State, Search = Query.Search?[..Math.Min(Query.Search.Length, 50)] };
        Results = await members.ListAsync(Query, ct);
    }

    public string PageLink(int page) => $"?page={page}&search={Uri.EscapeDataString(Query.Search ?? "")}&unitId={Query.UnitId}&category={Query.Category}&state={Query.State}";
}
