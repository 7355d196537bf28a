using CommunityPlatform.GridManagement;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>
/// One unit: its team (a branch's committee of secretary, deputies and members; a group's leader), the grid a
/// 网格党小组 serves, and — for those who manage the organisation — the forms that set them, choosing from the unit's roll.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.Organizations.View)]
public sealed class UnitModel(OrganizationService organizations, UnitTeams teams, GridLinks grids, MemberService members, RequestContext account) : PageModel
{
    public OrganizationUnitDto Unit { get; private set; } = null!;
    public string? ParentName { get; private set; }
    public IReadOnlyList<PartyMemberDto> Roll { get; private set; } = [];
    public IReadOnlyList<GridSummary> Grids { get; private set; } = [];
    public bool GridsAvailable => grids.Available;
    public bool CanManage => account.Has(PartyPermissions.Organizations.Manage);
    public bool IsGroup => Unit.Kind == UnitKind.Group;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostTeamAsync(Guid id, TeamForm team, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("team", () => teams.SeatAsync(id, team.ToRequest(), ct))) return Redirect($"/party/organizations/{id}#team");
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostGridAsync(Guid id, UnitGridRequest grid, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("grid", () => teams.ServeAsync(id, grid, ct))) return Redirect($"/party/organizations/{id}#grid");
        await LoadAsync(id, ct);
        return Page();
    }

    public bool Holds(Guid memberId, UnitPost post) => Unit.Team.Any(p => p.MemberId == memberId && p.Post == post);

    public static string Of(UnitPost post) => post switch
    {
        UnitPost.Secretary => Lang.T("书记", "Secretary"),
        UnitPost.DeputySecretary => Lang.T("副书记", "Deputy secretary"),
        UnitPost.CommitteeMember => Lang.T("委员", "Committee member"),
        _ => Lang.T("党小组组长", "Group leader"),
    };

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Unit = await organizations.GetAsync(id, ct);
        ParentName = Unit.ParentId is { } parent ? (await organizations.ListAsync(ct)).FirstOrDefault(u => u.Id == parent)?.Name : null;
        if (!CanManage) return;
        Roll = (await MemberRoll.ActiveAsync(members, id, ct)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        if (IsGroup) Grids = (await grids.GridsAsync(ct)).Where(g => g.Level != GridLevel.Community).ToList();
    }
}

/// <summary>The team form: one deputy chosen from a list whose "none" sends an empty value, committee members by tick.</summary>
public sealed class TeamForm
{
    public Guid? SecretaryMemberId { get; init; }
    public Guid? DeputyMemberId { get; init; }
    public List<Guid> CommitteeMemberIds { get; init; } = [];
    public Guid? GroupLeaderMemberId { get; init; }
    public string? ConcurrencyStamp { get; init; }

    public UnitTeamRequest ToRequest() => new()
    {
        SecretaryMemberId = SecretaryMemberId, DeputySecretaryMemberIds = DeputyMemberId is { } deputy ? [deputy] : [],
        CommitteeMemberIds = CommitteeMemberIds, GroupLeaderMemberId = GroupLeaderMemberId, ConcurrencyStamp = ConcurrencyStamp,
    };
}
