using CommunityPlatform.Tenancy;

namespace CommunityPlatform.Seeding;

/// <summary>
/// A module's part of a community's data: defaults for every new community and, for the demo communities,
/// the data of their reports. Runs once per module and community; the run is recorded.
/// </summary>
public interface ICommunitySeeder
{
    /// <summary>Lower runs first within a module.</summary>
    int Order => 0;

    Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken);
}

/// <summary>The community being seeded and the demo data of it, if it is one of the report communities.</summary>
public sealed record CommunitySeedContext(CommunityInfo Community, DemoCommunity? Demo, bool IncludeDemoData);

/// <summary>Work a module does once per host database before any community is seeded, e.g. the city's geography or accounts.</summary>
public interface IPlatformSeeder
{
    int Order => 0;

    Task SeedAsync(CancellationToken cancellationToken);
}
