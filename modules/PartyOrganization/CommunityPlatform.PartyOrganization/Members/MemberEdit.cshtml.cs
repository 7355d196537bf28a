using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Residents;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>
/// Registers a resident as a member, or edits a membership, through the same service as the API. A new member's
/// resident is found by name in the registry first; the form then carries the chosen resident's id.
/// </summary>
[RequiresCommunity]
[RequiresPermission(PartyPermissions.View)]
[RequiresPermission(PartyPermissions.ManageMembers)]
public sealed class MemberEditModel(MemberService members, OrganizationService organizations, IResidentDirectory registry) : PageModel
{
    [BindProperty] public MemberForm Form { get; set; } = new();
    public Guid? Id { get; private set; }
    public string? ResidentName { get; private set; }
    public ResidentPicker? Picker { get; private set; }
    public IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Units { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, string? resident, Guid? residentId, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var member = await members.GetAsync(existing, ct);
            Form = MemberForm.From(member);
            ResidentName = member.Name;
        }
        else
        {
            Form.ResidentId = residentId;
        }

        await LoadAsync(resident, ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var request = Form.ToRequest();
        // The request's own annotations (required, lengths, ranges), reported beside the same fields as the service's.
        if (TryValidateModel(request, nameof(Form)))
        {
            PartyMemberDto? saved = null;
            if (await this.SaveAsync(nameof(Form), async () => saved = id is { } existing
                    ? await members.UpdateAsync(existing, request, ct)
                    : await members.RegisterAsync(request, ct)))
                return Redirect($"/party/members/{saved!.Id}");
        }

        if (id is { } known) ResidentName = (await members.GetAsync(known, ct)).Name;
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(string? search, CancellationToken ct)
    {
        Units = UnitTree.Ordered(await organizations.ListAsync(ct));
        if (Id is null) Picker = await ResidentPicker.LoadAsync(registry, search, Form.ResidentId, new Dictionary<string, string?>(), ct);
    }
}
