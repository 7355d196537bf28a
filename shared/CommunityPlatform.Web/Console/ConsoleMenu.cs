using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.Web.Console;

/// <summary>Every module's menu entries, collected once; each page shows those of modules on for the community that the account may use.</summary>
public sealed class ConsoleMenu
{
    private readonly IReadOnlyList<(ModuleInfo Module, MenuItem Item)> entries;

    public ConsoleMenu(ModuleCatalog catalog)
    {
        var all = new List<(ModuleInfo, MenuItem)>();
        foreach (var module in catalog.Modules)
        {
            var menu = new MenuBuilder();
            module.DefineMenu(menu);
            all.AddRange(menu.Items.Select(i => (module.Info, i)));
        }

        entries = all.OrderBy(e => e.Item2.Order).ToList();
    }

    /// <summary>Every entry of every module, visible or not (to tell a page the account may not open from a page that is no menu's).</summary>
    public IEnumerable<MenuItem> All => entries.Select(e => e.Item);

    public IEnumerable<MenuItem> VisibleTo(RequestContext account, IModuleSwitches switches) => Visible(account, switches).Select(e => e.Item);

    /// <summary>
    /// Whether the account is shown an entry of <paramref name="module"/>: the dashboard shows a module's cards only to
    /// those who may open its pages, so a grid worker's home has no Party figures whose links answer "access denied".
    /// </summary>
    public bool Opens(RequestContext account, IModuleSwitches switches, string module) =>
        Visible(account, switches).Any(e => string.Equals(e.Module.Name, module, StringComparison.Ordinal));

    private IEnumerable<(ModuleInfo Module, MenuItem Item)> Visible(RequestContext account, IModuleSwitches switches) =>
        entries.Where(e => account.Access is { } access && (e.Item.Oversight
            ? access.Oversees && (e.Item.Permission is null || access.HasAcross(e.Item.Permission))
            : (!e.Item.CityOnly || access.Kind == AccountKind.City)
                && (e.Module.IsPlatform || account.CommunityId is { } c && switches.IsEnabled(c, e.Module.Name))
                && (e.Item.Permission is null || account.Has(e.Item.Permission))));
}
