using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace CommunityPlatform.Seeding;

/// <summary>
/// A module's own demo figures per report community, from the <c>demo.json</c> it embeds in its assembly
/// (<c>{ "xincun": { "partyMembers": 205, … }, … }</c>): the kernel and the shared demo file carry no module's words.
/// </summary>
public sealed class ModuleDemoFigures
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>>> Loaded = new();
    private readonly IReadOnlyDictionary<string, decimal> figures;

    private ModuleDemoFigures(IReadOnlyDictionary<string, decimal> figures) => this.figures = figures;

    /// <summary>The figures <paramref name="module"/>'s demo file gives <paramref name="communityCode"/>; none when it names it not.</summary>
    public static ModuleDemoFigures Of(Assembly module, string communityCode) =>
        new(Loaded.GetOrAdd(module, Load).GetValueOrDefault(communityCode) ?? new Dictionary<string, decimal>());

    public int? Int(string key) => figures.TryGetValue(key, out var value) ? (int)value : null;

    public decimal? Number(string key) => figures.TryGetValue(key, out var value) ? value : null;

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal>> Load(Assembly module)
    {
        var name = module.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(".demo.json", StringComparison.Ordinal) || n == "demo.json");
        if (name is null) return new Dictionary<string, IReadOnlyDictionary<string, decimal>>();
        using var stream = module.GetManifestResourceStream(name)!;
        var parsed = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, decimal>>>(stream) ?? [];
        return parsed.ToDictionary(c => c.Key, c => (IReadOnlyDictionary<string, decimal>)c.Value);
    }
}
