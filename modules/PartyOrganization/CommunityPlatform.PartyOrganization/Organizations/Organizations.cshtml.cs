using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.Residents;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>
/// The organisation tree of the current community, indented by level, with what hangs on it: the buildings of each
/// building group, the seats of a committee (大党委) and the liaison of each building.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.Organizations.View)]
public sealed class OrganizationsModel(
    OrganizationService organizations, SeatService seats, LiaisonService liaisons, MemberService members, IResidentDirectory registry, RequestContext account) : PageModel
{
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Tree { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> BuildingNumbers { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<(OrganizationUnitDto Committee, IReadOnlyList<CommitteeSeatDto> Seats)> Committees { get; private set; } = [];
    public IReadOnlyList<LiaisonDto> Liaisons { get; private set; } = [];
    public bool CanManage => account.Has(PartyPermissions.Organizations.Manage);

    /// <summary>The members a liaison may be chosen from, for those who manage the organisation.</summary>
    public IReadOnlyList<PartyMemberDto> Roll { get; private set; } = [];

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

    /// <summary>Makes a member the liaison of a building (replacing any before), through the same service as the API.</summary>
    public async Task<IActionResult> OnPostLiaisonAsync(Guid? buildingId, Guid? memberId, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (buildingId is { } building && await this.SaveAsync("liaison", () => liaisons.AssignAsync(building, new LiaisonRequest { MemberId = memberId }, ct)))
            return Redirect("/party/organizations#liaisons");
        if (buildingId is null) ModelState.AddModelError("", Lang.T("请选择楼栋。", "Choose a building."));
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
        if (CanManage) Roll = await MemberRoll.ActiveAsync(members, null, ct);
    }
}
