using CommunityPlatform.Modularity;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Application;

/// <summary>The registry's cards on the dashboard: residents by special group and residence type, households by building, growth.</summary>
public sealed class RegistryCards(ResidentsDbContext db) : IDashboardCards, IScopedService
{
    public string Module => ResidentsModule.Name;

    public async Task<IReadOnlyList<DashboardCard>> CardsAsync(CancellationToken ct)
    {
        var living = db.Residents.AsNoTracking().Where(r => r.Status == ResidentStatus.Living);
        // One query: residents per combination of tags (few combinations), then each tag summed over them.
        var combinations = await living.GroupBy(r => r.TagBits).Select(g => new { Bits = g.Key, Count = g.Count() }).ToListAsync(ct);
        var byTag = Enum.GetValues<ResidentTag>()
            .Select(tag => (RegistryLabels.Of(tag), combinations.Where(c => (c.Bits & TagBitsOf.Bit(tag)) != 0).Sum(c => c.Count)))
            .ToList();

        var byType = await living.GroupBy(r => r.ResidenceType).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var households = await db.Households.AsNoTracking().Where(h => h.BuildingId != null)
            .GroupBy(h => h.BuildingId).Select(g => new { Building = g.Key, Count = g.Count() }).ToListAsync(ct);
        var numbers = await db.Buildings.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Number, ct);
        var growth = await db.Residents.AsNoTracking().GroupBy(r => new { r.CreatedAt.Year, r.CreatedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() }).ToListAsync(ct);

        var livingCount = combinations.Sum(c => c.Count);
        var householdCount = await db.Households.AsNoTracking().CountAsync(ct);
        var registered = byType.Where(t => t.Key == ResidenceType.Registered).Sum(t => t.Count);
        // The registry's own counts, labelled as such: the profile's figures above them are the community's report.
        var counts = $"<h3>{Encode(Lang.T("登记在册（居民信息系统）", "In the registry"))}</h3><div class=\"facts\">"
            + Fact(Lang.T("户数", "Households"), householdCount) + Fact(Lang.T("在住居民", "Residents living here"), livingCount)
            + Fact(Lang.T("户籍人口", "Registered here"), registered) + Fact(Lang.T("楼栋", "Buildings"), numbers.Count) + "</div>";

        return
        [
            new(Lang.T("登记在册", "In the registry"), counts, 0),
            new(Lang.T("特殊人群", "Special groups"), BarChart.Svg(Lang.T("特殊人群（在住）", "Special groups (living)"), byTag), 10),
            new(Lang.T("居住类型", "Residence"), BarChart.Svg(Lang.T("居住类型", "Residence type"),
                byType.Select(t => (RegistryLabels.Of(t.Key), t.Count)).ToList()), 20),
            new(Lang.T("各楼栋户数", "Households by building"), BarChart.Svg(Lang.T("各楼栋户数（前12）", "Households by building (top 12)"),
                households.OrderByDescending(h => h.Count).Take(12).Select(h => (Lang.T($"{numbers.GetValueOrDefault(h.Building!.Value)}号楼", $"No. {numbers.GetValueOrDefault(h.Building!.Value)}"), h.Count)).ToList()), 30),
            new(Lang.T("登记增长", "Registry growth"), BarChart.Svg(Lang.T("每月新增登记", "Registered per month"),
                growth.OrderBy(g => g.Year).ThenBy(g => g.Month).TakeLast(12).Select(g => ($"{g.Year}-{g.Month:00}", g.Count)).ToList()), 40),
        ];
    }

    private static string Fact(string label, int value) =>
        $"<div class=\"fact\"><div class=\"muted\">{Encode(label)}</div><div class=\"value\">{value}</div></div>";

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
