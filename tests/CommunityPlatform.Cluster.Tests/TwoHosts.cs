using System.Security.Cryptography;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>
/// The cluster every test of <see cref="ClusterCollection"/> shares: one throwaway MariaDB, one redis-server and two host
/// processes, A and B, in cluster mode on the same database, each with its own data folder (nothing is shared through
/// files). A migrates and seeds the demo data; B starts when A is ready. Everything is stopped when the tests end, and
/// when the start fails half-way. Tests that kill a host or Redis leave the cluster as they found it
/// (<see cref="ReplaceAsync"/>, <see cref="RedisServer.StartAgainAsync"/>).
/// </summary>
public sealed class TwoHosts : IAsyncLifetime
{
    public const string Password = "Demo@2026!";

    /// <summary>Short in the tests, so that the Redis outage test sees the fallback at work; 30 s by default.</summary>
    public const int FallbackSeconds = 3;

    /// <summary>The sign-in limit per client address and minute; the tests sign in from addresses of their own.</summary>
    public const int SignInPermits = 6;

    private const string Database = "cp_cluster";

    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cp-cluster-" + Guid.NewGuid().ToString("N")[..8]);
    private int started;

    public MariaDbServer MariaDb { get; private set; } = null!;
    public RedisServer Redis { get; private set; } = null!;
    public HostInstance A { get; private set; } = null!;
    public HostInstance B { get; private set; } = null!;

    /// <summary>The platform database's connection string (for tests that look at rows themselves).</summary>
    public string PlatformDatabase => $"{MariaDb.ConnectionString};Database={Database}";

    public async Task InitializeAsync()
    {
        if (ClusterTools.Missing is not null) return;
        try
        {
            MariaDb = await MariaDbServer.StartAsync();
            Redis = await RedisServer.StartAsync(Path.Combine(folder, "redis"));
            A = await StartHostAsync("A");
            B = await StartHostAsync("B");
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Another host of this cluster (its own data folder and port); ready when returned.</summary>
    public Task<HostInstance> StartHostAsync(string name, IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = Settings(name);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) settings[key] = value;
        return HostInstance.StartAsync(name, settings);
    }

    /// <summary>Kills A or B (SIGKILL) and puts a new process in its place.</summary>
    public async Task<HostInstance> ReplaceAsync(HostInstance host)
    {
        await host.DisposeAsync();
        var replacement = await StartHostAsync(host.Name);
        if (ReferenceEquals(host, A)) A = replacement;
        else if (ReferenceEquals(host, B)) B = replacement;
        return replacement;
    }

    public async Task DisposeAsync()
    {
        foreach (var stop in new Func<ValueTask>[]
                 {
                     () => B?.DisposeAsync() ?? ValueTask.CompletedTask,
                     () => A?.DisposeAsync() ?? ValueTask.CompletedTask,
                     () => Redis?.DisposeAsync() ?? ValueTask.CompletedTask,
                     () => MariaDb?.DisposeAsync() ?? ValueTask.CompletedTask,
                 })
        {
            try
            {
                await stop();
            }
            catch (Exception)
            {
                // Stop the rest whatever one of them did.
            }
        }

        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Dictionary<string, string> Settings(string name) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Platform__DataFolder"] = Path.Combine(folder, $"host-{name}-{Interlocked.Increment(ref started)}"),
        ["Platform__Database__Provider"] = "MySql",
        ["ConnectionStrings__Platform"] = PlatformDatabase,
        ["Platform__Cluster__Redis"] = Redis.ConnectionString,
        ["Platform__Cluster__FallbackSeconds"] = FallbackSeconds.ToString(),
        // Every instance signs and checks tokens with the same key, as on real servers.
        ["Platform__Jwt__SigningKey"] = signingKey,
        ["Platform__SignIn__PermitPerMinute"] = SignInPermits.ToString(),
        // The tests speak for client addresses of their own through X-Forwarded-For, as nginx does for real clients.
        ["Platform__KnownProxies__0"] = "127.0.0.1",
        ["Seed__DemoPassword"] = Password,
        // Background work (decision 0017): dispatchers poll often, and a killed host's import is taken over within seconds.
        ["Platform__Outbox__PollSeconds"] = "0.5",
        ["Platform__Jobs__PollSeconds"] = "1",
        ["Platform__Jobs__LeaseSeconds"] = "10",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__CommunityPlatform"] = "Information",
    };
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<TwoHosts>
{
    public const string Name = "Two hosts, one MariaDB, one Redis";
}
