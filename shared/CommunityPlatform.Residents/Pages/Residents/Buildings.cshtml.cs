using CommunityPlatform.Residents.Application;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Residents.Pages.Residents;

/// <summary>Buildings → households → residents: pick a building, see its households, open a household's residents.</summary>
[RequiresCommunity]
[RequiresPermission(ResidentsPermissions.View)]
public sealed class BuildingsModel(BuildingService buildings, HouseholdService households, LedgerExport export, RequestContext account) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? BuildingId { get; set; }
    public IReadOnlyList<BuildingDto> Buildings { get; private set; } = [];
    public IReadOnlyList<HouseholdDto> Households { get; private set; } = [];
    public bool CanExport => account.Has(ResidentsPermissions.Export);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Buildings = await buildings.ListAsync(ct);
        if (BuildingId is { } id)
            Households = (await households.SearchAsync(new HouseholdQuery { BuildingId = id, PageSize = 100 }, ct)).Items;
    }

    public async Task<IActionResult> OnGetExportAsync(string ledger, CancellationToken ct) => ledger == "households"
        ? File(await export.HouseholdsAsync(ct), Api.LedgerController.Xlsx, "住户台账.xlsx")
        : File(await export.BuildingsAsync(ct), Api.LedgerController.Xlsx, "楼栋台账.xlsx");
}
