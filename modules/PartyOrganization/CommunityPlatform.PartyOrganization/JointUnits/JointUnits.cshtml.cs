using CommunityPlatform.Application;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.JointUnits;

/// <summary>共驻共建: the area's units that build with the community, their agreements and the activities held together.</summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class JointUnitsModel(JointUnitService units, RequestContext account, TimeProvider clock) : PageModel
{
    public IReadOnlyList<JointUnitDto> Units { get; private set; } = [];
    public bool CanManage => account.Has(PartyPermissions.ManageActivities);
    public DateOnly Today => clock.Today();

    /// <summary><c>unit</c>, or <c>activity:{id}</c> for a unit's activity form.</summary>
    public string? Failed { get; private set; }
    public JointUnitRequest? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Units = await units.ListAsync(ct);

    public async Task<IActionResult> OnPostUnitAsync(JointUnitRequest unit, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("unit", () => units.CreateAsync(unit, ct))) return Redirect("/party/joint-units");
        (Failed, Refused) = ("unit", unit);
        Units = await units.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostActivityAsync(Guid id, JointActivityRequest activity, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("activity", () => units.AddActivityAsync(id, activity, ct))) return Redirect("/party/joint-units");
        Failed = $"activity:{id}";
        Units = await units.ListAsync(ct);
        return Page();
    }
}
