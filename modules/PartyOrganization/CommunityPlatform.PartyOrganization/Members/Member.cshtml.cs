using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>
/// One member: every fact of the membership and the history of the relation (组织关系接转, 流出/流入), with the forms
/// for a move and, for in-service members whose relation is at their employer, for reporting in (到社区报到).
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
public sealed class MemberModel(MemberService members, OrganizationService organizations, RequestContext account, TimeProvider clock) : PageModel
{
    /// <summary>The moves a form may record; registration and transfer in happen by registering.</summary>
    public static readonly MoveKind[] Moves = [MoveKind.MovedUnit, MoveKind.FlowedOut, MoveKind.FlowedBack, MoveKind.TransferredOut];

    public PartyMemberDto Member { get; private set; } = null!;
    public IReadOnlyList<MemberMoveDto> History { get; private set; } = [];
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Units { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();
    public bool CanManage => account.Has(PartyPermissions.ManageMembers);
    public DateOnly Today => clock.Today();

    /// <summary>Which form was refused (<c>move</c> or <c>reportIn</c>), so its reasons show beside it.</summary>
    public string? Failed { get; private set; }

    /// <summary>Mirrors the domain's rule (PartyMember.ShouldReportIn) on the DTO the page has.</summary>
    public bool ShouldReportIn => Member.Category == MemberCategory.InService && Member.RelationHeld == RelationHeld.Employer;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostMoveAsync(Guid id, MemberMoveRequest move, CancellationToken ct) =>
        await SaveAsync(id, "move", () => members.MoveAsync(id, move, ct), ct);

    public async Task<IActionResult> OnPostReportInAsync(Guid id, ReportInRequest reportIn, CancellationToken ct) =>
        await SaveAsync(id, "reportIn", () => members.ReportInAsync(id, reportIn, ct), ct);

    private async Task<IActionResult> SaveAsync(Guid id, string form, Func<Task> save, CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync(form, save)) return Redirect($"/party/members/{id}");
        Failed = form;
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Member = await members.GetAsync(id, ct);
        History = await members.HistoryAsync(id, ct);
        var units = await organizations.ListAsync(ct);
        Units = UnitTree.Ordered(units);
        UnitNames = units.ToDictionary(u => u.Id, u => u.Name);
    }
}
