using CommunityPlatform.Application;
using CommunityPlatform.Residents.Application;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Residents.Pages.Residents;

/// <summary>
/// The registry: search by name prefix, ID number, phone or building, paged; ID numbers masked. An account given some buildings sees the
/// residents of those buildings only (the registry's narrowing). The ledger export is masked unless someone
/// allowed asks for whole numbers.
/// </summary>
[RequiresCommunity]
[RequiresPermission(ResidentsPermissions.View)]
public sealed class PeopleModel(ResidentService residents, BuildingService buildings, LedgerExport export, RequestContext account) : PageModel
{
    // From the query string only: a Razor page's route has a value named "page" too, and it would win.
    [BindProperty(SupportsGet = true), FromQuery] public ResidentQuery Query { get; set; } = new();
    public Paged<ResidentDto> Results { get; private set; } = new([], 0);
    public IReadOnlyList<BuildingDto> Buildings { get; private set; } = [];
    public bool CanManage => account.Has(ResidentsPermissions.Manage);
    public bool CanExport => account.Has(ResidentsPermissions.Export);
    public bool CanExportWhole => CanExport && account.Has(ResidentsPermissions.ViewSensitive);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Results = await residents.SearchAsync(Query, ct);
        Buildings = await buildings.ListAsync(ct);
    }

    public async Task<IActionResult> OnGetExportAsync(bool fullIdNumbers, CancellationToken ct) =>
        File(await export.ResidentsAsync(fullIdNumbers, ct), Api.LedgerController.Xlsx, "居民台账.xlsx");

    public string PageLink(int page) =>
        $"?page={page}&name={Uri.EscapeDataString(Query.Name ?? "")}&idNumber={Uri.EscapeDataString(Query.IdNumber ?? "")}&phone={Uri.EscapeDataString(Query.Phone ?? "")}&buildingId={Query.BuildingId}&householdId={Query.HouseholdId}";
}
