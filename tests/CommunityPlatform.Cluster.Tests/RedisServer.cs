using System.Diagnostics;
using System.Net.Sockets;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>
/// A throwaway redis-server on a free loopback port that can be killed and started again on the same port. It keeps an
/// append-only file in its folder, as a Redis that holds the data-protection key ring must (decision 0016): keys lost
/// with a restart would end every console session.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string folder;
    private Process? process;

    private RedisServer(int port, string folder)
    {
        Port = port;
        this.folder = folder;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var server = new RedisServer(FreePort.Next(), folder);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server on its port unless it runs.</summary>
    public async Task StartAgainAsync()
    {
        if (process is { HasExited: false }) return;
        process?.Dispose();
        var start = new ProcessStartInfo(ClusterTools.RedisServer!, ["--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", folder, "--save", "", "--appendonly", "yes", "--appendfsync", "always"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited) throw new InvalidOperationException($"redis-server exited with {process.ExitCode}.");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("redis-server did not listen in 30 s.");
    }

    /// <summary>SIGKILL, as a crashed or unplugged Redis: every client's connection drops at once.</summary>
    public void Kill()
    {
        if (process is not { HasExited: false }) return;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process?.Dispose();
        return ValueTask.CompletedTask;
    }
}
