using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using MySqlConnector;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// The real host with the demo communities seeded as in Development, on a database of its own: a SQLite file, or —
/// when <c>CP_TEST_MYSQL</c> names a server (the test script starts a throwaway MariaDB) — a fresh MariaDB database.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test@2026!";

    /// <summary>Connection string of a MariaDB/MySQL server without a database, or null to test on SQLite.</summary>
    public static readonly string? MySqlServer = Environment.GetEnvironmentVariable("CP_TEST_MYSQL") is { Length: > 0 } s ? s : null;

    private readonly string? database = MySqlServer is null ? null : "cp_test_" + Guid.NewGuid().ToString("N")[..12];

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "community-platform-tests", Guid.NewGuid().ToString("N"));

    public bool OnMySql => database is not null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Platform:DataFolder", DataFolder);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoPassword", Password);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (database is not null)
        {
            builder.UseSetting("Platform:Database:Provider", "MySql");
            builder.UseSetting("ConnectionStrings:Platform", $"{MySqlServer};Database={database}");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (database is not null) DropDatabase();
        try
        {
            if (Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
        }
    }

    private void DropDatabase()
    {
        using var connection = new MySqlConnection(MySqlServer);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{database}`";
        command.ExecuteNonQuery();
    }
}
