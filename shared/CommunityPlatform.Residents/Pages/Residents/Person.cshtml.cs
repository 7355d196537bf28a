using CommunityPlatform.Residents.Application;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Residents.Pages.Residents;

/// <summary>One resident; the ID number is masked until someone allowed to see it asks, and that is audited.</summary>
[RequiresCommunity]
[RequiresPermission(ResidentsPermissions.View)]
public sealed class PersonModel(ResidentService residents, RequestContext account) : PageModel
{
    public ResidentDto Resident { get; private set; } = null!;
    public string? Revealed { get; private set; }
    public bool CanReveal => account.Has(ResidentsPermissions.ViewSensitive);
    public bool CanManage => account.Has(ResidentsPermissions.Manage);

    public async Task OnGetAsync(Guid id, CancellationToken ct) => Resident = await residents.GetAsync(id, ct);

    public async Task OnPostRevealAsync(Guid id, CancellationToken ct)
    {
        Resident = await residents.GetAsync(id, ct);
        Revealed = await residents.RevealIdNumberAsync(id, ct);
    }
}
