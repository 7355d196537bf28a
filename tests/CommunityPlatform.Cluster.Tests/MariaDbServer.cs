using System.Diagnostics;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>A throwaway MariaDB from scripts/mariadb.sh (own folder, socket and free port), stopped and removed on dispose.</summary>
public sealed class MariaDbServer : IAsyncDisposable
{
    private readonly string folder;

    private MariaDbServer(string folder, string connectionString)
    {
        this.folder = folder;
        ConnectionString = connectionString;
    }

    /// <summary>Without a database: the caller names one.</summary>
    public string ConnectionString { get; }

    public static async Task<MariaDbServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cp-cluster-mariadb-" + Guid.NewGuid().ToString("N")[..8]);
        var (code, output, error) = await ScriptAsync("start", folder);
        if (code != 0) throw new InvalidOperationException($"scripts/mariadb.sh start failed ({code}): {error}");
        return new MariaDbServer(folder, output.Trim());
    }

    public async ValueTask DisposeAsync() => await ScriptAsync("stop", folder);

    private static async Task<(int Code, string Output, string Error)> ScriptAsync(string command, string folder)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(ClusterTools.RepositoryRoot, "scripts", "mariadb.sh"), command, folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
