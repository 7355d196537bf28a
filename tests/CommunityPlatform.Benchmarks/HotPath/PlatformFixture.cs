using CommunityPlatform.Data;
using CommunityPlatform.Data.Seeding;
using CommunityPlatform.Web.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Benchmarks.HotPath;

/// <summary>
/// The platform's real services (every module of this program's references, like the host) on a database of its own
/// with the demo communities, so the hot path reads real caches: directory, switches, account access.
/// </summary>
public sealed class PlatformFixture : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cp-hotpath-" + Guid.NewGuid().ToString("N"));

    public WebApplication App { get; private set; } = null!;

    public static async Task<PlatformFixture> StartAsync()
    {
        var fixture = new PlatformFixture();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Configuration["Platform:DataFolder"] = fixture.folder;
        builder.Configuration["Seed:Demo"] = "true";
        builder.Configuration["Seed:DemoPassword"] = "Bench@2026!";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCommunityPlatform(ModuleDiscovery.FromReferences(typeof(PlatformFixture).Assembly));
        fixture.App = builder.Build();
        await fixture.App.Services.GetRequiredService<Migrator>().MigrateAsync();
        await fixture.App.Services.GetRequiredService<SeedRunner>().SeedAsync();
        return fixture;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
