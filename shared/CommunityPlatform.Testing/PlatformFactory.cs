using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace CommunityPlatform.Testing;

/// <summary>What every test host shares: the demo accounts' password and the MariaDB server the test script started.</summary>
public static class PlatformFactory
{
    public const string Password = "Test@2026!";

    /// <summary>Connection string of a MariaDB/MySQL server without a database, or null to test on SQLite.</summary>
    public static readonly string? MySqlServer = Environment.GetEnvironmentVariable("CP_TEST_MYSQL") is { Length: > 0 } s ? s : null;

    /// <summary>Drops a database the tests made on the throwaway MariaDB server.</summary>
    public static async Task DropAsync(string database)
    {
        await using var connection = new MySqlConnection(MySqlServer);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{database}`";
        await command.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// The real host (<typeparamref name="TEntryPoint"/>: the host's <c>Program</c>) with the demo communities seeded as in
/// Development, on a database of its own: a SQLite file, or — when <c>CP_TEST_MYSQL</c> names a server (the test script
/// starts a throwaway MariaDB) — a fresh MariaDB database. Two factories given the same <paramref name="name"/> share
/// data folder and database, like a restarted host. <paramref name="services"/> adds a test's own services (a
/// module's tests register recording handlers for its events there).
/// </summary>
public class PlatformFactory<TEntryPoint>(
    IReadOnlyDictionary<string, string?>? settings = null,
    string? name = null,
    string environment = "Development",
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private readonly string id = name ?? Guid.NewGuid().ToString("N")[..12];

    public string DataFolder => Path.Combine(Path.GetTempPath(), "community-platform-tests", id);

    public bool OnMySql => PlatformFactory.MySqlServer is not null;

    private string Database => "cp_test_" + id;

    /// <summary>Everything the host logged, for tests that check what must never be logged.</summary>
    public List<string> Logged { get; } = [];

    /// <summary>Keep the data when disposed, so another factory of the same name can start on it.</summary>
    public bool KeepData { get; set; }

    /// <summary>
    /// A token for the account. An account someone else gave its password (every account made through the API) must
    /// choose its own before the API serves it: the person's first step, taken here with the same password.
    /// </summary>
    public async Task<string> TokenAsync(string userName, string password = PlatformFactory.Password)
    {
        var anonymous = CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/account/token", new { userName, password });
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"sign-in of {userName}: {body.ToJsonString()}");
        var token = body["accessToken"]!.GetValue<string>();
        if (!body["mustChangePassword"]!.GetValue<bool>()) return token;

        var first = CreateClient();
        first.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var changed = await first.PostAsJsonAsync("/api/account/password", new { currentPassword = password, newPassword = password });
        changed.StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent, await changed.Content.ReadAsStringAsync());
        return await TokenAsync(userName, password);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Platform:DataFolder", DataFolder);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Seed:DemoPassword", PlatformFactory.Password);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Platform:SignIn:PermitPerMinute", "100000");
        if (OnMySql)
        {
            builder.UseSetting("Platform:Database:Provider", "MySql");
            builder.UseSetting("ConnectionStrings:Platform", $"{PlatformFactory.MySqlServer};Database={Database}");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        builder.UseSetting("Platform:Outbox:PollSeconds", "0.5");
        // Two attempts, so that a test sees an event parked within seconds (the first pause is 2 s).
        builder.UseSetting("Platform:Outbox:MaxAttempts", "2");
        builder.ConfigureLogging(logging => logging.AddProvider(new ListLogger(Logged)));
        if (services is not null) builder.ConfigureServices(services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (KeepData) return;
        if (OnMySql) PlatformFactory.DropAsync(Database).GetAwaiter().GetResult();
        try
        {
            if (Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is cleaned by the OS.
        }
    }

    private sealed class ListLogger(List<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines) lines.Add(formatter(state, exception) + exception);
        }

        public void Dispose()
        {
        }
    }
}
