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
/// Records a meeting with its attendance. The unit is chosen first (a GET, no script), so the form can list the unit's
/// active members — with the units below it — each present by default, with a reason to give for an absence.
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

    public async Task OnGetAsync(Guid? id, Guid? unitId, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var m = await meetings.GetAsync(existing, ct);
            Form = new MeetingRequest
            {
                Kind = m.Kind, UnitId = unitId ?? m.UnitId, HeldOn = m.HeldOn, Topic = m.Topic, Minutes = m.Minutes, ConcurrencyStamp = m.ConcurrencyStamp,
                Attendance = m.Attendance.Select(a => new AttendanceRequest { MemberId = a.MemberId, Present = a.Present, AbsenceReason = a.AbsenceReason }).ToList(),
            };
        }
        else
        {
            Form = new MeetingRequest { UnitId = unitId, HeldOn = clock.Today() };
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
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

    private async Task LoadAsync(CancellationToken ct)
    {
        var units = await organizations.ListAsync(ct);
        Units = UnitTree.Ordered(units);
        if (Form.UnitId is { } unitId && units.FirstOrDefault(u => u.Id == unitId) is { } unit)
        {
            UnitName = unit.Name;
            Roll = await MemberRoll.ActiveAsync(members, unit.Id, ct);
        }
    }
}
