using System.Net;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Where the host does not migrate at start, it reads the history tables and stays unready while any migration is missing.</summary>
public sealed class MigrationCheckTests
{
    private static readonly Dictionary<string, string?> NoMigrateOnStart = new() { ["Platform:MigrateOnStart"] = "false" };

    [Fact]
    public async Task A_database_without_the_migrations_is_not_ready()
    {
        using var factory = new PlatformFactory<Program>(NoMigrateOnStart);

        (await factory.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task A_migrated_database_is_ready_without_migrating_again()
    {
        var name = Guid.NewGuid().ToString("N")[..12];
        using (var first = new PlatformFactory<Program>(name: name) { KeepData = true })
            (await first.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var second = new PlatformFactory<Program>(NoMigrateOnStart, name: name);
        (await second.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
