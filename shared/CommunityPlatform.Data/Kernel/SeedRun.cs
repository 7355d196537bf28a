namespace CommunityPlatform.Data.Kernel;

/// <summary>Record that a module seeded a community (or, with an empty community, the platform): seeding runs once.</summary>
public sealed class SeedRun
{
    /// <summary>Named here because the start reads it over a plain connection (<see cref="PlainQuery"/>).</summary>
    public const string Table = "Kernel_SeedRuns";

    public required string Module { get; init; }
    public required Guid CommunityId { get; init; }
    public required DateTime RanAt { get; init; }
}
