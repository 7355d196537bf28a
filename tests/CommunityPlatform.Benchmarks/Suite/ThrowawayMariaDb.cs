namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// A throwaway MariaDB from <c>scripts/mariadb.sh</c> (its own data folder, socket and free port), as the data-volume
/// section starts one; stopped and its folder removed on dispose.
/// </summary>
public sealed class ThrowawayMariaDb : IAsyncDisposable
{
    private readonly string script;
    private readonly string folder;

    private ThrowawayMariaDb(string script, string folder, string server)
    {
        this.script = script;
        this.folder = folder;
        Server = server;
    }

    /// <summary>The connection string without a database.</summary>
    public string Server { get; }

    /// <summary>The server, or why there is none (the script's own words).</summary>
    public static async Task<(ThrowawayMariaDb? Server, string Why)> StartAsync(string root, string folder)
    {
        var script = Path.Combine(root, "scripts/mariadb.sh");
        var (code, output, error) = await LocalProcess.RunAsync("bash", [script, "start", folder]);
        if (code == 0) return (new ThrowawayMariaDb(script, folder, output.Trim()), "");
        // A half-started server is stopped too: the script removes its folder either way.
        await LocalProcess.RunAsync("bash", [script, "stop", folder]);
        var why = error.Trim().Split('\n').LastOrDefault(l => l.Length > 0) ?? $"scripts/mariadb.sh exited with {code}";
        return (null, "no MariaDB server could be started here (" + why + ")");
    }

    public async ValueTask DisposeAsync() => await LocalProcess.RunAsync("bash", [script, "stop", folder]);
}
