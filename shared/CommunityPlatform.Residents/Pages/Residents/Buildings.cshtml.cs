using CommunityPlatform.Application;
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
    public IReadOnlyDictionary<Guid, string> Heads { get; private set; } = new Dictionary<Guid, string>();
    public bool CanExport => account.Has(ResidentsPermissions.Export);
    public bool CanManage => account.Has(ResidentsPermissions.Manage);
    public BuildingDto? Building => Buildings.FirstOrDefault(b => b.Id == BuildingId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Buildings = await buildings.ListAsync(ct);
        if (BuildingId is not { } id) return;
        // A building's households, all of them (pages of 100), in the order of their doors: 1单元101 before 1单元1001.
        var all = new List<HouseholdDto>();
        for (var page = 1; ; page++)
        {
            var found = await households.SearchAsync(new HouseholdQuery { BuildingId = id, Page = page, PageSize = PageQuery.MaxPageSize }, ct);
            all.AddRange(found.Items);
            if (all.Count >= found.Total || found.Items.Count == 0) break;
        }

        Households = all.OrderBy(h => h.Dwelling ?? h.Address, NaturalOrder.Instance).ToList();
        Heads = await households.HeadsAsync(Households.Select(h => h.Id).ToList(), ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string ledger, CancellationToken ct) => ledger == "households"
        ? File(await export.HouseholdsAsync(ct), Api.LedgerController.Xlsx, "住户台账.xlsx")
        : File(await export.BuildingsAsync(ct), Api.LedgerController.Xlsx, "楼栋台账.xlsx");
}
