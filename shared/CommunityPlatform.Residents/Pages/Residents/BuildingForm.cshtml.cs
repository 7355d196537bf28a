using CommunityPlatform.Residents.Application;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Residents.Pages.Residents;

/// <summary>Adds or edits a building through the API's service, so its checks (a number used once) answer beside the fields.</summary>
[RequiresCommunity]
[RequiresPermission(ResidentsPermissions.Manage)]
public sealed class BuildingFormModel(BuildingService buildings) : PageModel
{
    [BindProperty] public BuildingForm Form { get; set; } = new();
    public Guid? Id { get; private set; }

    public async Task OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is not { } existing) return;
        var b = await buildings.GetAsync(existing, ct);
        Form = new BuildingForm { Number = b.Number, Name = b.Name, Units = b.Units, Floors = b.Floors, ConcurrencyStamp = b.ConcurrencyStamp };
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var request = new BuildingRequest { Number = Form.Number, Name = Form.Name, Units = Form.Units, Floors = Form.Floors, ConcurrencyStamp = Form.ConcurrencyStamp };
        if (!TryValidateModel(request, nameof(Form))) return Page();
        BuildingDto? saved = null;
        if (!await this.SaveAsync(nameof(Form), async () => saved = id is { } existing ? await buildings.UpdateAsync(existing, request, ct) : await buildings.CreateAsync(request, ct)))
            return Page();
        return Redirect($"/residents/buildings?buildingId={saved!.Id}");
    }
}

public sealed class BuildingForm
{
    public string? Number { get; set; }
    public string? Name { get; set; }
    public int Units { get; set; } = 1;
    public int Floors { get; set; } = 6;
    public string? ConcurrencyStamp { get; set; }
}
