using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// A server under test as its own operating-system process on a loopback port: the platform host or the bare app.
/// Start-up is timed from process start to the first 200 on <c>/health/ready</c>.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output;

    private ServerProcess(Process process, Uri address, TimeSpan startUp, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        this.process = process;
        this.output = output;
        Address = address;
        StartUp = startUp;
    }

    public Uri Address { get; }
    public TimeSpan StartUp { get; }
    public int Id => process.Id;

    /// <summary>Null while the process runs; otherwise its exit code and last lines, for the report.</summary>
    public string? Death => process.HasExited ? $"exited with {process.ExitCode}: {string.Join(" / ", output.TakeLast(10))}" : null;

    /// <summary>Resident set size of the process now, from <c>/proc</c>; -1 when it has died.</summary>
    public long ResidentBytes => process.HasExited ? -1 :
        long.Parse(File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;

    /// <summary>
    /// Waits until the process uses under 5 % of a core over half a second (or <paramref name="within"/> passed): the
    /// outbox work a write load leaves behind (the events its records published) otherwise runs under the next load, of this host or
    /// of the one beside it.
    /// </summary>
    public async Task QuietAsync(TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        var before = CpuTicks();
        while (DateTime.UtcNow < until && !process.HasExited)
        {
            await Task.Delay(500);
            var now = CpuTicks();
            // Clock ticks of 10 ms: under 3 in half a second is under 5 % of a core.
            if (now - before < 3) return;
            before = now;
        }
    }

    // utime + stime of /proc/<pid>/stat, after the parenthesised command name.
    private long CpuTicks()
    {
        if (process.HasExited) return 0;
        var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(fields[11]) + long.Parse(fields[12]);
    }

    /// <summary>
    /// The platform for the city's people and the wall's browser: signed in as the city's administrator, and — since
    /// outside Development the console's cookies are Secure only and the suite speaks plain http on loopback — in
    /// Development (its only other differences here: migrations on start, already done, and an anonymous API document).
    /// </summary>
    public static Dictionary<string, string> ConsoleEnvironment(string dataFolder)
    {
        var environment = CommonEnvironment(dataFolder);
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["Platform__AdminPassword"] = SuiteOptions.Password;
        return environment;
    }

    /// <summary>Environment both servers get: the same data folder and the same logging level.</summary>
    public static Dictionary<string, string> CommonEnvironment(string dataFolder) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
        ["Platform__DataFolder"] = dataFolder,
        ["Seed__Demo"] = "false",
        ["Platform__SignIn__PermitPerMinute"] = "100000",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
    };

    public static async Task<ServerProcess> StartAsync(string dll, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var port = LocalProcess.FreePort();
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";

        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Path.GetFileName(dll)} did not start.");
        try
        {
            process.OutputDataReceived += (_, e) => { Keep(output, e.Data); };
            process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            while (clock.Elapsed < TimeSpan.FromMinutes(5))
            {
                if (process.HasExited)
                    throw new InvalidOperationException($"{Path.GetFileName(dll)} exited with {process.ExitCode}:\n{string.Join("\n", output.TakeLast(30))}");
                try
                {
                    if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                        return new ServerProcess(process, client.BaseAddress, clock.Elapsed, output);
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException)
                {
                }

                await Task.Delay(5);
            }

            throw new TimeoutException($"{Path.GetFileName(dll)} was not ready in 5 minutes.");
        }
        catch
        {
            // The caller gets no server to dispose when the start fails, so none may be left running: a stray host
            // holds its port and data folder and skews every later figure of the run.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    // The last lines only: enough to say why a server died.
    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        while (output.Count > 50) output.TryDequeue(out _);
    }
}
