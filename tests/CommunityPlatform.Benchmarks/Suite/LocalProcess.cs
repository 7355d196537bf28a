using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>What the suite needs to run the machine's own programs: a free port, a program found, a command run to its end.</summary>
public static class LocalProcess
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The program on the PATH, or at one of the places Debian puts it (nginx sits in /usr/sbin, off a user's PATH); null when absent.</summary>
    public static string? Find(string program, params string[] places)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, program));
        return onPath.Concat(places).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs a command to its end; its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    /// <summary>Waits until something listens on the loopback port, or the process has died, or the time is up.</summary>
    public static async Task<bool> ListensAsync(int port, Process process, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < within && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        return false;
    }

    /// <summary>Kills the process and its children (nginx's workers) and waits for the end; nothing is left holding a port.</summary>
    public static async Task StopAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the question and the kill.
        }

        process.Dispose();
    }
}
