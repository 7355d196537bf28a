using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Application;

/// <summary>The Party organisation's card on the dashboard: how many units of each level the community has.</summary>
public sealed class OrganizationCards(PartyDbContext db) : IDashboardCards, IScopedService
{
    public string Module => PartyOrganizationModule.Name;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken ct)
    {
        var kinds = await db.Units.AsNoTracking().GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var bars = kinds.OrderBy(k => k.Key).Select(k => (k.Key switch
        {
            UnitKind.Committee => Lang.T("党委", "Committees"),
            UnitKind.GeneralBranch => Lang.T("党总支", "General branches"),
            UnitKind.Branch => Lang.T("党支部", "Branches"),
            _ => Lang.T("党小组", "Groups"),
        }, k.Count)).ToList();
        return [new DashboardCard(Lang.T("党组织", "Party organisation"), BarChart.Svg(Lang.T("党组织", "Party organisation"), bars), 50)];
    }
}
