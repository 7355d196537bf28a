using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>
/// The grounds of residents' applications: from the registry's tags (living here, 低保, disability, unemployment or
/// hardship), and from every <see cref="IPriorityGroundSource"/> whose module is on in the community — the employment
/// module's zero-employment households. A source that is absent or off adds nothing.
/// </summary>
public sealed class PriorityGrounds(IResidentDirectory registry, IEnumerable<IPriorityGroundSource> sources, IModuleSwitches switches, RequestContext scope) : IScopedService
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<PriorityGround>>> OfAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken ct)
    {
        var found = new Dictionary<Guid, HashSet<PriorityGround>>();
        if (residentIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<PriorityGround>>();
        var people = await registry.GetManyAsync(residentIds, ct);
        var householdIds = people.Where(p => p.HouseholdId is not null).Select(p => p.HouseholdId!.Value).Distinct().ToList();
        var households = householdIds.Count == 0 ? [] : (await registry.GetHouseholdsAsync(householdIds, ct)).ToDictionary(h => h.Id, h => h.Tags);
        foreach (var p in people.Where(p => p.Status == ResidentStatus.Living))
        {
            var tags = p.HouseholdId is { } h ? households.GetValueOrDefault(h) ?? [] : [];
            var grounds = found[p.Id] = [PriorityGround.Resident];
            if (p.Tags.Contains(ResidentTag.LowIncome) || tags.Contains(HouseholdTag.LowIncome)) grounds.Add(PriorityGround.LowIncome);
            if (p.Tags.Contains(ResidentTag.Disabled)) grounds.Add(PriorityGround.Disabled);
            if (p.Tags.Contains(ResidentTag.Unemployed) || p.Tags.Contains(ResidentTag.NeedyPartyMember) || tags.Contains(HouseholdTag.SpecialHardship))
                grounds.Add(PriorityGround.Difficulty);
        }

        foreach (var source in sources.Where(s => scope.CommunityId is { } c && switches.IsEnabled(c, s.Module)))
        foreach (var (id, more) in await source.GroundsAsync(residentIds, ct))
            if (found.TryGetValue(id, out var grounds)) grounds.UnionWith(more);

        return found.ToDictionary(f => f.Key, f => (IReadOnlyList<PriorityGround>)f.Value.Order().ToList());
    }
}
