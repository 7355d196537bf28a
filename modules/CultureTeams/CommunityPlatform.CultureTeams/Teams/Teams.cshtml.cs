using CommunityPlatform.Application;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using CommunityPlatform.Web.Security;
using CommunityPlatform.Web.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.CultureTeams.Teams;

/// <summary>The teams page: every team with its leader, schedule and size, and the form to propose one.</summary>
[RequiresCommunity]
[RequiresPermission(CulturePermissions.View)]
public sealed class TeamsModel(TeamService teams, RequestContext context) : PageModel
{
    public Paged<TeamDto> Teams { get; private set; } = new([], 0);

    [BindProperty] public TeamRequest Team { get; set; } = new();

    public bool CanManage => context.Has(CulturePermissions.Manage);

    public async Task OnGetAsync(CancellationToken ct) => Teams = await teams.ListAsync(new TeamQuery { PageSize = PageQuery.MaxPageSize }, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanManage) return Forbid();
        if (await this.SaveAsync("team", () => teams.CreateAsync(Team, ct))) return RedirectToPage();
        await OnGetAsync(ct);
        return Page();
    }
}
