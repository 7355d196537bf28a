using CommunityPlatform.Errors;
using CommunityPlatform.Residents.Application;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Residents.Pages.Residents;

/// <summary>Adds or edits a resident through the same service as the API, so the same checks give the same messages beside the fields.</summary>
[RequiresCommunity]
[RequiresPermission(ResidentsPermissions.Manage)]
public sealed class PersonFormModel(ResidentService residents, HouseholdService households) : PageModel
{
    [BindProperty] public PersonForm Form { get; set; } = new();
    public Guid? Id { get; private set; }

    /// <summary>Every household the account may put a resident in: moving a resident is choosing another one here.</summary>
    public IReadOnlyList<HouseholdChoice> Households { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, [FromQuery] Guid? householdId, CancellationToken ct)
    {
        Id = id;
        Households = await households.ChoicesAsync(ct);
        Form.HouseholdId = householdId;
        if (id is not { } existing) return;
        // The ID number comes masked, as everywhere; saved back unchanged, it keeps the stored number (ResidentChecks).
        var r = await residents.GetAsync(existing, ct);
        Form = new PersonForm
        {
            Name = r.Name, IdNumber = r.IdNumber, Gender = r.Gender, BirthDate = r.BirthDate, Ethnicity = r.EthnicityName, Phone = r.Phone,
            HouseholdId = r.HouseholdId, RelationToHead = r.RelationToHead, ResidenceType = r.ResidenceType, Tags = [.. r.Tags],
            ConcurrencyStamp = r.ConcurrencyStamp,
        };
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        Households = await households.ChoicesAsync(ct);
        // Every field of the record is on the form: a save never drops the household, relation or tags it did not show.
        var request = new ResidentRequest
        {
            Name = Form.Name, IdNumber = Form.IdNumber, Gender = Form.Gender, BirthDate = Form.BirthDate, Ethnicity = Form.Ethnicity,
            Phone = Form.Phone, HouseholdId = Form.HouseholdId, RelationToHead = Form.HouseholdId is null ? null : Form.RelationToHead,
            ResidenceType = Form.ResidenceType, Tags = Form.Tags, ConcurrencyStamp = Form.ConcurrencyStamp,
        };
        // The same annotations the API checks (required, lengths), reported beside the same fields.
        if (!TryValidateModel(request, nameof(Form))) return Page();

        try
        {
            var saved = id is { } existing ? await residents.UpdateAsync(existing, request, ct) : await residents.CreateAsync(request, ct);
            return Redirect($"/residents/people/{saved.Id}");
        }
        catch (InvalidInputException e)
        {
            ModelState.AddModelError("", e.Error.Localized());
            foreach (var (field, messages) in e.Fields)
            foreach (var message in messages)
                ModelState.AddModelError("Form." + char.ToUpperInvariant(field[0]) + field[1..], message);
            return Page();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Error.Localized());
            return Page();
        }
    }
}

public sealed class PersonForm
{
    public string? Name { get; set; }
    public string? IdNumber { get; set; }
    public Gender? Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? Ethnicity { get; set; }
    public string? Phone { get; set; }
    public Guid? HouseholdId { get; set; }
    public RelationToHead? RelationToHead { get; set; }
    public ResidenceType ResidenceType { get; set; } = ResidenceType.Registered;
    public List<ResidentTag> Tags { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }
}
