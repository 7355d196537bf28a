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
public sealed class PersonModel(ResidentService residents, HouseholdService households, RequestContext account) : PageModel
{
    public ResidentDto Resident { get; private set; } = null!;
    public string? Revealed { get; private set; }
    public bool CanReveal => account.Has(ResidentsPermissions.ViewSensitive);
    public bool CanManage => account.Has(ResidentsPermissions.Manage);

    public HouseholdDto? Household { get; private set; }
    public string? Head { get; private set; }

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task OnPostRevealAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Revealed = await residents.RevealIdNumberAsync(id, ct);
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Resident = await residents.GetAsync(id, ct);
        if (Resident.HouseholdId is not { } household) return;
        Household = await households.GetAsync(household, ct);
        Head = (await households.HeadsAsync([household], ct)).GetValueOrDefault(household);
    }
}
