using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CommunityPlatform.Integration.Tests;

/// <summary>The host as a real operating-system process on a loopback port, for tests that must kill it.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    // Generous: the machines that run the suite are shared, and a start that is merely slow is not what these tests test.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    public static async Task<HostProcess> StartAsync(string dataFolder, string? mySqlDatabase, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CommunityPlatform.Host.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Platform__DataFolder"] = dataFolder;
        start.Environment["Seed__DemoPassword"] = PlatformFactory.Password;
        start.Environment["Platform__SignIn__PermitPerMinute"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        if (mySqlDatabase is not null)
        {
            start.Environment["Platform__Database__Provider"] = "MySql";
            start.Environment["ConnectionStrings__Platform"] = $"{PlatformFactory.MySqlServer};Database={mySqlDatabase}";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await host.WaitUntilReadyAsync();
            return host;
        }
        catch
        {
            // Whatever stopped the start — a timeout, an early exit, a cancelled test — the caller never gets the
            // process to dispose, so it must not outlive this call (a stray host keeps its port and its database).
            await host.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < StartTimeout)
        {
            if (process.HasExited) throw new InvalidOperationException($"The host exited with {process.ExitCode}.");
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The host did not become ready in {StartTimeout.TotalSeconds} s.");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing — what a power cut or the OOM killer does.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited) Kill();
        }
        catch (InvalidOperationException)
        {
            // It exited between the question and the kill.
        }
        finally
        {
            process.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
