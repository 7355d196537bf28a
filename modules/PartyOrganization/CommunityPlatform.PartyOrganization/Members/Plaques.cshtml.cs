using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>党员户挂牌: the households that hang the plaque, by address, as a plain list to print.</summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class PlaquesModel(MemberService members) : PageModel
{
    public IReadOnlyList<PlaqueDto> Plaques { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plaques = await members.PlaquesAsync(ct);
}
