using CommunityPlatform.Application;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Meetings;

/// <summary>
/// Records a meeting with its attendance. The unit and kind are chosen first (a GET, no script), so the form can list
/// the roll: the unit's active members — with the units below it — or, for a 支部委员会, its committee; each present by
/// default, with a reason to give for an absence.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
[RequiresPermission(PartyPermissions.ManageActivities)]
public sealed class MeetingEditModel(MeetingService meetings, MemberService members, OrganizationService organizations, TimeProvider clock) : PageModel
{
    [BindProperty] public MeetingRequest Form { get; set; } = new();
    public Guid? Id { get; private set; }
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Units { get; private set; } = [];
    public IReadOnlyList<PartyMemberDto> Roll { get; private set; } = [];
    public string? UnitName { get; private set; }

    /// <summary>A committee meeting of a unit whose committee is not set yet: the roll would be empty.</summary>
    public bool CommitteeMissing { get; private set; }

    public async Task OnGetAsync(Guid? id, Guid? unitId, MeetingKind? kind, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var m = await meetings.GetAsync(existing, ct);
            Form = new MeetingRequest
            {
                Kind = kind ?? m.Kind, UnitId = unitId ?? m.UnitId, HeldOn = m.HeldOn, Topic = m.Topic, Minutes = m.Minutes, ConcurrencyStamp = m.ConcurrencyStamp,
                Attendance = m.Attendance.Select(a => new AttendanceRequest { MemberId = a.MemberId, Present = a.Present, AbsenceReason = a.AbsenceReason }).ToList(),
            };
        }
        else
        {
            Form = new MeetingRequest { UnitId = unitId, Kind = kind ?? MeetingKind.BranchMembers, HeldOn = clock.Today() };
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        // The roll of a committee meeting is the committee: rows of others the form listed (its kind changed after the
        // roll was drawn) are not part of it.
        if (Form.Kind == MeetingKind.BranchCommittee && Form.UnitId is { } unitId && Form.Attendance is { } attendance
            && (await organizations.ListAsync(ct)).FirstOrDefault(u => u.Id == unitId) is { } unit && Committee(unit) is { Count: > 0 } committee)
            Form = Form.With(attendance.Where(a => a.MemberId is { } m && committee.Contains(m)).ToList());
        MeetingDto? saved = null;
        if (await this.SaveAsync(nameof(Form), async () => saved = id is { } existing
                ? await meetings.UpdateAsync(existing, Form, ct)
                : await meetings.CreateAsync(Form, ct)))
            return Redirect($"/party/meetings/{saved!.Id}");
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>What the form says of a member: as sent or recorded, else present.</summary>
    public AttendanceRequest AttendanceOf(Guid memberId) =>
        Form.Attendance?.FirstOrDefault(a => a.MemberId == memberId) ?? new AttendanceRequest { MemberId = memberId, Present = true };

    private static HashSet<Guid> Committee(OrganizationUnitDto unit) =>
        unit.Team.Where(p => p.Post != UnitPost.GroupLeader).Select(p => p.MemberId).ToHashSet();

    private async Task LoadAsync(CancellationToken ct)
    {
        var units = await organizations.ListAsync(ct);
        Units = UnitTree.Ordered(units);
        if (Form.UnitId is { } unitId && units.FirstOrDefault(u => u.Id == unitId) is { } unit)
        {
            UnitName = unit.Name;
            Roll = await MemberRoll.ActiveAsync(members, unit.Id, ct);
            if (Form.Kind == MeetingKind.BranchCommittee && unit.Kind != UnitKind.Group)
            {
                var committee = Committee(unit);
                CommitteeMissing = committee.Count == 0;
                Roll = Roll.Where(m => committee.Contains(m.Id)).ToList();
            }
        }
    }
}
