using CommunityPlatform.PartyOrganization.Application;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Pages.Party;

/// <summary>
/// The organisation tree of the current community, indented by level, with what hangs on it: the buildings of each
/// building group, the seats of a committee (大党委) and the liaison of each building.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.Organizations.View)]
public sealed class OrganizationsModel(
    OrganizationService organizations, SeatService seats, LiaisonService liaisons, IResidentDirectory registry, CurrentAccount account) : PageModel
{
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Tree { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> BuildingNumbers { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<(OrganizationUnitDto Committee, IReadOnlyList<CommitteeSeatDto> Seats)> Committees { get; private set; } = [];
    public IReadOnlyList<LiaisonDto> Liaisons { get; private set; } = [];
    public bool CanManage => account.Has(PartyPermissions.Organizations.Manage);

    /// <summary>The unit the add form sent, shown again with the reason when it was refused.</summary>
    public OrganizationUnitRequest? Refused { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostUnitAsync(OrganizationUnitRequest unit, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("unit", () => organizations.CreateAsync(unit, ct))) return Redirect("/party/organizations");
        Refused = unit;
        await LoadAsync(ct);
        return Page();
    }

    public string Buildings(OrganizationUnitDto unit) =>
        string.Join("、", unit.BuildingIds.Select(id => BuildingNumbers.GetValueOrDefault(id)).OfType<string>());

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await organizations.ListAsync(ct);
        Tree = UnitTree.Ordered(Units);
        BuildingNumbers = (await registry.GetBuildingsAsync(null, ct)).ToDictionary(b => b.Id, b => b.Number);
        var committees = new List<(OrganizationUnitDto, IReadOnlyList<CommitteeSeatDto>)>();
        foreach (var committee in Units.Where(u => u.Kind == UnitKind.Committee))
            committees.Add((committee, await seats.ListAsync(committee.Id, ct)));
        Committees = committees;
        // In the registry's building order, so a liaison is found by building number.
        var order = BuildingNumbers.Keys.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        Liaisons = (await liaisons.ListAsync(ct)).OrderBy(l => order.GetValueOrDefault(l.BuildingId, int.MaxValue)).ToList();
    }
}
