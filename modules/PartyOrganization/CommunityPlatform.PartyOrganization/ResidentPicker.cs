using CommunityPlatform.Residents;

namespace CommunityPlatform.PartyOrganization;

/// <summary>
/// Choosing a resident of the registry without script: a name typed into a GET form lists the living residents whose
/// name starts with it, and each one's link comes back with <c>residentId</c>, which the page's forms then carry.
/// <c>Keep</c> holds the page's other query values, kept across the search.
/// </summary>
public sealed record ResidentPicker(string? Search, IReadOnlyList<ResidentSummary> Matches, ResidentSummary? Chosen, IReadOnlyDictionary<string, string?> Keep)
{
    public const int MaxMatches = 20;

    public static async Task<ResidentPicker> LoadAsync(
        IResidentDirectory registry, string? search, Guid? residentId, IReadOnlyDictionary<string, string?> keep, CancellationToken ct)
    {
        var matches = string.IsNullOrWhiteSpace(search) ? [] : await registry.FindByNameAsync(search.Trim(), MaxMatches, ct);
        var chosen = residentId is { } id ? (await registry.GetManyAsync([id], ct)).FirstOrDefault() : null;
        return new ResidentPicker(search?.Trim(), matches, chosen, keep);
    }

    public string ChooseLink(Guid residentId) =>
        "?" + string.Join("&", Keep.Where(k => !string.IsNullOrEmpty(k.Value))
            .Select(k => $"{k.Key}={Uri.EscapeDataString(k.Value!)}")
            .Append($"residentId={residentId}"));
}
