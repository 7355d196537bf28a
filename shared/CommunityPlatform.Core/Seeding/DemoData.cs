using System.Text.Json;
using System.Text.Json.Serialization;

namespace CommunityPlatform.Seeding;

/// <summary>The five communities of the reports, read from <c>seeds/demo/communities.json</c>.</summary>
public sealed record DemoData(
    IReadOnlyList<DemoDistrict> Districts,
    IReadOnlyList<DemoStreet> Streets,
    IReadOnlyList<DemoCommunity> Communities)
{
    public static readonly DemoData Empty = new([], [], []);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowReadingFromString };

    public DemoCommunity? Find(string code) => Communities.FirstOrDefault(c => c.Code == code);

    public static DemoData Load(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<DemoData>(File.ReadAllText(path), Json) ?? Empty
            : Empty;
}

public sealed record DemoDistrict(string Code, string Name);

public sealed record DemoStreet(string Code, string Name, string District);

public sealed record DemoFigure(string Key, decimal Value, string? Unit, string? Text);

/// <summary>
/// A report community's own facts (area, households, population, buildings, honours, and the report's other figures);
/// null where its report does not say. What a module makes of a community — its members, its areas — is the module's
/// and lives in the module's demo file (<see cref="ModuleDemoFigures"/>).
/// </summary>
/// <param name="RegistryResidents">How many residents the demo registry holds: enough for what the modules seed on it.</param>
/// <param name="DivisionCode">The district's 行政区划代码 (e.g. 654002 for 伊宁市): the usual first six digits of its residents' ID numbers.</param>
public sealed record DemoCommunity(
    string Code,
    string Name,
    string Street,
    string? Report,
    decimal? AreaKm2,
    int? Households,
    int? RegisteredPopulation,
    int? ResidentPopulation,
    int? EthnicGroups,
    int? StaffCount,
    int? Buildings,
    int? RegistryResidents,
    IReadOnlyList<string>? Honours,
    IReadOnlyList<DemoFigure>? Figures,
    string? DivisionCode = null)
{
    /// <summary>The report's figure called <paramref name="key"/>, or null when the report does not give it.</summary>
    public int? Figure(string key) => Figures?.FirstOrDefault(f => f.Key == key) is { } figure ? (int)figure.Value : null;
}
