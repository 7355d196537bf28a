using CommunityPlatform.Errors;
using CommunityPlatform.Residents;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// Those who manage grids change a grid here — name, area, parent, number, target size and, on the lowest level, the
/// registry's buildings it covers — or remove it, through the same service as the API and with its messages.
/// </summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
[RequiresPermission(GridPermissions.ManageGrids)]
public sealed class GridEditModel(GridService grids, IResidentDirectory registry) : PageModel
{
    public GridDto Grid { get; private set; } = null!;
    [BindProperty] public GridForm Form { get; set; } = new();

    /// <summary>The grids of the level just above, one of which is the parent.</summary>
    public IReadOnlyList<GridDto> Parents { get; private set; } = [];

    public IReadOnlyList<BuildingSummary> Buildings { get; private set; } = [];

    /// <summary>Which other grid covers a building already: a building belongs to one grid, so the page says where it is.</summary>
    public IReadOnlyDictionary<Guid, GridDto> CoveredElsewhere { get; private set; } = new Dictionary<Guid, GridDto>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = GridForm.From(Grid);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var request = Form.ToRequest(Grid.Level);
        if (TryValidateModel(request, nameof(Form)) && await this.SaveAsync(nameof(Form), () => grids.UpdateAsync(id, request, ct)))
            return Redirect($"/grid/grids/{id}");
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (await this.SaveAsync("remove", () => grids.DeleteAsync(id, ct))) return Redirect("/grid/grids");
        Form = GridForm.From(Grid);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Grid = await grids.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return false;
        }

        var all = await grids.ListAsync(new GridQuery(), ct);
        Parents = all.Where(g => g.Level == Grid.Level - 1).ToList();
        if (Grid.Level == GridLevel.BuildingGroup)
        {
            Buildings = await registry.GetBuildingsAsync(null, ct);
            var covered = new Dictionary<Guid, GridDto>();
            foreach (var other in all.Where(g => g.Id != id))
            foreach (var building in other.BuildingIds)
                covered.TryAdd(building, other);
            CoveredElsewhere = covered;
        }

        return true;
    }
}
