using CommunityPlatform.GridManagement.Application;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.GridManagement.Pages.Grid;

/// <summary>The grid tree; a grid worker sees their own grids (and those below them) only.</summary>
[RequiresCommunity]
[RequiresPermission(GridPermissions.View)]
public sealed class GridsModel(GridService grids) : PageModel
{
    public IReadOnlyList<GridDto> Grids { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Grids = await grids.ListAsync(new GridQuery(), ct);

    public string LevelName(GridLevel level) => level switch
    {
        GridLevel.Community => Lang.T("一级网格", "Level 1"),
        GridLevel.Area => Lang.T("二级网格", "Level 2"),
        _ => Lang.T("三级网格", "Level 3"),
    };
}
