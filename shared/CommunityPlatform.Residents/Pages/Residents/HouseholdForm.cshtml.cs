using CommunityPlatform.Residents.Application;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Residents.Pages.Residents;

/// <summary>
/// Adds or edits a household: its building, dwelling (1单元101), tenure and tags, and — once it has members — its
/// householder. The address is made from building and dwelling when the clerk leaves it empty.
/// </summary>
[RequiresCommunity]
[RequiresPermission(ResidentsPermissions.Manage)]
public sealed class HouseholdFormModel(HouseholdService households, BuildingService buildings) : PageModel
{
    [BindProperty] public HouseholdForm Form { get; set; } = new();
    public Guid? Id { get; private set; }
    public IReadOnlyList<BuildingDto> Buildings { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name, bool IsHead)> Members { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, [FromQuery] Guid? buildingId, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Form.BuildingId = buildingId;
        if (id is not { } existing) return;
        var h = await households.GetAsync(existing, ct);
        Form = new HouseholdForm
        {
            BuildingId = h.BuildingId, Dwelling = h.Dwelling, Address = h.Address, Tenure = h.Tenure, Tags = [.. h.Tags],
            HeadId = Members.FirstOrDefault(m => m.IsHead).Id is var head && head != Guid.Empty ? head : null,
            ConcurrencyStamp = h.ConcurrencyStamp,
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        var request = new HouseholdRequest
        {
            BuildingId = Form.BuildingId, Dwelling = Form.Dwelling?.Trim(), Address = AddressOf(Form), Tenure = Form.Tenure, Tags = Form.Tags,
            ConcurrencyStamp = Form.ConcurrencyStamp,
        };
        if (!TryValidateModel(request, nameof(Form))) return Page();
        HouseholdDto? saved = null;
        var ok = await this.SaveAsync(nameof(Form), async () =>
        {
            saved = id is { } existing ? await households.UpdateAsync(existing, request, ct) : await households.CreateAsync(request, ct);
            if (id is not null) await households.SetHeadAsync(saved.Id, Form.HeadId, ct);
        });
        if (!ok) return Page();
        return Redirect(saved!.BuildingId is { } b ? $"/residents/buildings?buildingId={b}" : "/residents/buildings");
    }

    private async Task LoadAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Buildings = await buildings.ListAsync(ct);
        if (id is { } existing) Members = await households.MembersAsync(existing, ct);
    }

    /// <summary>The address as typed, or "3号楼1单元101" from the building and dwelling.</summary>
    private string? AddressOf(HouseholdForm form)
    {
        if (!string.IsNullOrWhiteSpace(form.Address)) return form.Address.Trim();
        var building = Buildings.FirstOrDefault(b => b.Id == form.BuildingId);
        var made = $"{(building is null ? "" : building.Number + "号楼")}{form.Dwelling?.Trim()}";
        return made.Length > 0 ? made : null;
    }
}

public sealed class HouseholdForm
{
    public Guid? BuildingId { get; set; }
    public string? Dwelling { get; set; }
    public string? Address { get; set; }
    public Tenure Tenure { get; set; } = Tenure.Owned;
    public List<HouseholdTag> Tags { get; set; } = [];
    public Guid? HeadId { get; set; }
    public string? ConcurrencyStamp { get; set; }
}
