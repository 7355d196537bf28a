using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.ZeroEmployment;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Reports;

/// <summary>
/// Employment help's headline figures on the street's and the city's overview, as counts only (never a case by name):
/// people placed in the last 12 months, households on the 低保 register now, and zero-employment households still open —
/// the 动态清零 figure the street watches, better at zero. The trend counts placements per month.
/// </summary>
public sealed class EmploymentOverviewFigures(EmploymentHelpDbContext db, TimeProvider clock) : IOverviewFigures, IScopedService
{
    public string Module => EmploymentHelpModule.Name;

    public IReadOnlyList<OverviewFigure> Figures { get; } =
    [
        new("employment.placements", "就业安置（近12个月）", "Placed (12 months)"),
        new("employment.lowIncome", "低保户", "Low-income households"),
        new("employment.zeroOpen", "零就业家庭（未清零）", "Zero-employment households open", HigherIsBetter: false),
    ];

    public IReadOnlyList<OverviewFigure> Trends { get; } = [new("employment.placements", "就业安置", "People placed")];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, FigureValue>>> ReadAsync(IReadOnlyCollection<CommunityInfo> communities, CancellationToken ct)
    {
        var ids = communities.Select(c => c.Id).ToList();
        var since = clock.Today().AddYears(-1).AddDays(1);
        var placed = await Count(db.Placements.Of(ids).Where(p => p.StartedOn >= since), ct);
        var lowIncome = await Count(db.LowIncome.Of(ids).Where(h => h.EndedOn == null), ct);
        var zeroOpen = await Count(db.ZeroEmployment.Of(ids).Where(z => z.State == ZeroEmploymentState.Recognised || z.State == ZeroEmploymentState.Assisting), ct);
        return ids.ToDictionary(id => id, id => (IReadOnlyDictionary<string, FigureValue>)new Dictionary<string, FigureValue>
        {
            ["employment.placements"] = new(placed.GetValueOrDefault(id)),
            ["employment.lowIncome"] = new(lowIncome.GetValueOrDefault(id)),
            ["employment.zeroOpen"] = new(zeroOpen.GetValueOrDefault(id)),
        });
    }

    public async Task<IReadOnlyList<(DateOnly Month, string Key, long Value)>> TrendAsync(IReadOnlyCollection<CommunityInfo> communities, DateOnly firstMonth, CancellationToken ct)
    {
        var started = await db.Placements.Of(communities.Select(c => c.Id).ToList()).Where(p => p.StartedOn >= firstMonth).Select(p => p.StartedOn).ToListAsync(ct);
        return started.GroupBy(d => new DateOnly(d.Year, d.Month, 1)).Select(g => (g.Key, "employment.placements", (long)g.Count())).ToList();
    }

    private static Task<Dictionary<Guid, int>> Count<T>(IQueryable<T> rows, CancellationToken ct) where T : CaseRecord =>
        rows.GroupBy(r => r.CommunityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
