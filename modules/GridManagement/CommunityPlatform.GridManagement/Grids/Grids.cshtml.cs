using CommunityPlatform.Errors;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// The grid tree; a grid worker sees their own grids (and those below them) only. Those who manage grids add one here
/// (name, level, parent, area) through the same service as the API; buildings and staff are given on the grid's page.
/// </summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class GridsModel(GridService grids, RequestContext account) : PageModel
{
    public IReadOnlyList<GridDto> Grids { get; private set; } = [];
    public bool CanManage => account.Has(GridPermissions.ManageGrids);
    public string? Message { get; private set; }

    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public GridLevel NewLevel { get; set; } = GridLevel.Community;
    [BindProperty] public Guid? NewParentId { get; set; }
    [BindProperty] public string? NewArea { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Grids = await grids.ListAsync(new GridQuery(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        try
        {
            var created = await grids.CreateAsync(new GridRequest { Name = NewName?.Trim(), Level = NewLevel, ParentId = NewParentId, Area = NewArea }, ct);
            return Redirect($"/grid/grids/{created.Id}");
        }
        catch (PlatformException e) when (e is not NotFoundException)
        {
            Message = FormSubmission.Describe(e);
            Grids = await grids.ListAsync(new GridQuery(), ct);
            return Page();
        }
    }

    public string LevelName(GridLevel level) => level switch
    {
        GridLevel.Community => Lang.T("一级网格", "Level 1"),
        GridLevel.Area => Lang.T("二级网格", "Level 2"),
        _ => Lang.T("三级网格", "Level 3"),
    };
}
