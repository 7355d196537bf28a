using CommunityPlatform.Communities.Application;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages;

/// <summary>A community at a glance: its profile facts, then every enabled module's cards.</summary>
public sealed class IndexModel(
    CommunityService communities, RequestContext account, IModuleSwitches switches, ModuleCatalog catalog, ConsoleMenu menu, IEnumerable<IDashboardCards> sources) : PageModel
{
    public CommunityDto? Community { get; private set; }
    public List<DashboardCard> Cards { get; } = [];

    public async Task<Microsoft.AspNetCore.Mvc.IActionResult> OnGetAsync(CancellationToken ct)
    {
        // A street or city account with no community chosen lands on the overview of its communities.
        if (account.CommunityId is not { } id) return account.IsOversight ? RedirectToPage("/Overview") : Page();
        Community = await communities.GetAsync(id.ToString(), ct);
        foreach (var source in sources)
        {
            if (catalog.Find(source.Module) is not { } module || !module.Info.IsPlatform && !switches.IsEnabled(id, source.Module)) continue;
            // A module's figures only for those who may open its pages (the cards link to them).
            if (!module.Info.IsPlatform && !menu.Opens(account, switches, source.Module)) continue;
            Cards.AddRange(await source.CardsAsync(ct));
        }

        Cards.Sort((a, b) => a.Order.CompareTo(b.Order));
        return Page();
    }
}
