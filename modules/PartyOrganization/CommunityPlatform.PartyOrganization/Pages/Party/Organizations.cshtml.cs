using CommunityPlatform.PartyOrganization.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Pages.Party;

/// <summary>The organisation tree of the current community, indented by level.</summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.Organizations.View)]
public sealed class OrganizationsModel(OrganizationService organizations) : PageModel
{
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Units = await organizations.ListAsync(ct);

    public (string, string) KindName(UnitKind kind) => kind switch
    {
        UnitKind.Committee => ("党委", "Committee"),
        UnitKind.GeneralBranch => ("党总支", "General branch"),
        UnitKind.Branch => ("党支部", "Branch"),
        _ => ("党小组", "Group"),
    };
}
