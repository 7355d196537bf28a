using CommunityPlatform.Communities.Application;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityPlatform.Communities.Pages;

/// <summary>
/// A community at a glance: its profile facts, then the cards of every enabled module whose pages the account may open.
/// A card's link to a menu page the account may not open is shown as plain text: the figures stay, the door that would
/// answer "access denied" goes.
/// </summary>
public sealed partial class IndexModel(
    CommunityService communities, RequestContext account, IModuleSwitches switches, ModuleCatalog catalog, IEnumerable<IDashboardCards> sources, ConsoleMenu menu)
    : PageModel
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
        var open = menu.VisibleTo(account, switches).Select(i => i.Url).ToHashSet(StringComparer.Ordinal);
        var closed = menu.All.Select(i => i.Url).Where(u => !open.Contains(u)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Cards.Count; i++)
            Cards[i] = Cards[i] with { Html = Link().Replace(Cards[i].Html, m => closed.Contains(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)) ? m.Groups[2].Value : m.Value) };
        return Page();
    }

    [System.Text.RegularExpressions.GeneratedRegex("<a href=\"([^\"]+)\">(.*?)</a>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Link();
}
