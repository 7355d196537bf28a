using System.Diagnostics;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// Debian's redis-server on a free loopback port for the cluster section, keeping nothing on disk (<c>--save ""
/// --appendonly no</c>: the run's key ring and messages die with it). Killed on dispose.
/// </summary>
public sealed class ThrowawayRedis : IAsyncDisposable
{
    private readonly Process process;

    private ThrowawayRedis(Process process, int port)
    {
        this.process = process;
        ConnectionString = $"127.0.0.1:{port}";
    }

    /// <summary>The StackExchange.Redis connection string: <c>Platform:Cluster:Redis</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The server, or why there is none (no redis-server here, or it would not listen).</summary>
    public static async Task<(ThrowawayRedis? Server, string Why)> StartAsync(string folder)
    {
        if (LocalProcess.Find("redis-server", "/usr/bin/redis-server") is not { } program) return (null, "no redis-server here (Debian: apt-get install redis-server)");
        Directory.CreateDirectory(folder);
        var port = LocalProcess.FreePort();
        var start = new ProcessStartInfo(program, ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", folder,
            "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (await LocalProcess.ListensAsync(port, process, TimeSpan.FromSeconds(30))) return (new ThrowawayRedis(process, port), "");
        var exited = process.HasExited ? $"exited with {process.ExitCode}" : "did not listen in 30 s";
        await LocalProcess.StopAsync(process);
        return (null, "redis-server " + exited);
    }

    public async ValueTask DisposeAsync() => await LocalProcess.StopAsync(process);
}
