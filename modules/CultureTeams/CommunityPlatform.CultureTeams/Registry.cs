using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;

namespace CommunityPlatform.CultureTeams;

/// <summary>The residents the module names, read from the registry by id in a second query (never copied), once per request.</summary>
public sealed class Registry(IResidentDirectory directory) : IScopedService
{
    private readonly Dictionary<Guid, ResidentSummary> known = [];

    public async Task<IReadOnlyDictionary<Guid, ResidentSummary>> ResidentsAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var missing = ids.OfType<Guid>().Distinct().Where(id => !known.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var r in await directory.GetManyAsync(missing, ct)) known[r.Id] = r;
        return known;
    }

    public async Task<string?> NameAsync(Guid? id, CancellationToken ct) =>
        id is { } r && (await ResidentsAsync([r], ct)).TryGetValue(r, out var s) ? s.Name : null;

    /// <summary>A resident of this community, or 400 naming the field (an id from another community is never found).</summary>
    public async Task<ResidentSummary> ResidentAsync(Guid id, string field, CancellationToken ct) =>
        (await ResidentsAsync([id], ct)).GetValueOrDefault(id)
        ?? throw new InvalidInputException(CultureErrors.ResidentNotFound, field, CultureErrors.ResidentNotFound.Localized());
}
