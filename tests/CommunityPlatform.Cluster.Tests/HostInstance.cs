using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>
/// One host as an operating-system process (dotnet the built host dll) on a free loopback port. Its last lines of output
/// are kept for the failure message; it is killed on dispose, whatever happened.
/// </summary>
public sealed class HostInstance : IAsyncDisposable
{
    // Generous: the machine is shared, and the first host migrates and seeds the demo data on MariaDB.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();

    private HostInstance(string name, Process process, Uri address)
    {
        Name = name;
        this.process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the host wrote, for a failure's message.</summary>
    public string Output => string.Join("\n", output);

    /// <summary>Starts the host; returns once <c>/health/ready</c> answers 200 (healthy or degraded).</summary>
    public static async Task<HostInstance> StartAsync(string name, IReadOnlyDictionary<string, string> settings, bool waitUntilReady = true)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CommunityPlatform.Host.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostInstance(name, process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            process.OutputDataReceived += (_, e) => host.Keep(e.Data);
            process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (waitUntilReady) await host.WaitUntilReadyAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the process to end by itself (a host that refuses to start); its exit code.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown, no flushing — what a power cut or the OOM killer does.</summary>
    public void Kill()
    {
        try
        {
            if (process.HasExited) return;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // It exited between the question and the kill.
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    public override string ToString() => $"{Name} ({Address})";

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"Host {Name} exited with {process.ExitCode}:\n{Output}");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"Host {Name} was not ready in {StartTimeout.TotalMinutes} min:\n{Output}");
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 60) output.TryDequeue(out _);
    }
}
