using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CommunityPlatform.Integration.Tests;

/// <summary>The real host on a SQLite database of its own, with the demo communities seeded as in Development.</summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test@2026!";

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "community-platform-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Platform:DataFolder", DataFolder);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoPassword", Password);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
        }
    }
}
