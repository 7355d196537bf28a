using CommunityPlatform.Application;
using CommunityPlatform.Data.Reports;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Reports;

/// <summary>
/// The Party's headline figures on the street's and the city's overview, for many communities in two grouped queries:
/// members (not left) and pledges fulfilled of all (践诺率); the trend counts 三会一课 meetings held per month.
/// </summary>
public sealed class PartyOverview(PartyDbContext db) : IOverviewFigures, IScopedService
{
    public string Module => PartyOrganizationModule.Name;

    public IReadOnlyList<OverviewFigure> Figures { get; } =
    [
        new("party.members", "党员", "Party members"),
        new("party.pledges", "践诺率", "Pledges kept", IsRate: true),
    ];

    public IReadOnlyList<OverviewFigure> Trends { get; } = [new("party.meetings", "三会一课", "Party meetings")];

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, FigureValue>>> ReadAsync(IReadOnlyCollection<CommunityInfo> communities, CancellationToken ct)
    {
        var ids = communities.Select(c => c.Id).ToList();
        var members = await db.Members.Of(ids).Where(m => m.State != MemberState.Left).GroupBy(m => m.CommunityId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var pledges = await db.Pledges.Of(ids).GroupBy(p => p.CommunityId)
            .Select(g => new { g.Key, All = g.Count(), Kept = g.Count(p => p.State == PledgeState.Fulfilled) }).ToDictionaryAsync(g => g.Key, ct);
        return ids.ToDictionary(id => id, id => (IReadOnlyDictionary<string, FigureValue>)new Dictionary<string, FigureValue>
        {
            ["party.members"] = new(members.GetValueOrDefault(id)),
            ["party.pledges"] = pledges.TryGetValue(id, out var p) ? new(p.Kept, p.All) : default,
        });
    }

    public async Task<IReadOnlyList<(DateOnly Month, string Key, long Value)>> TrendAsync(IReadOnlyCollection<CommunityInfo> communities, DateOnly firstMonth, CancellationToken ct)
    {
        var held = await db.Meetings.Of(communities.Select(c => c.Id).ToList()).Where(m => m.HeldOn >= firstMonth).Select(m => m.HeldOn).ToListAsync(ct);
        return held.GroupBy(d => new DateOnly(d.Year, d.Month, 1)).Select(g => (g.Key, "party.meetings", (long)g.Count())).ToList();
    }
}
