using System.Diagnostics;

namespace CommunityPlatform.Integration.Tests.Contract;

/// <summary>
/// Runs a program of <c>clients/typescript</c> (Node, with the packages its lock file pins) and gives back its exit code
/// and output; a run that outlives its time is killed with its children, so no node process outlives the test.
/// </summary>
internal static class NodeTool
{
    public static string Folder { get; } = ContractFiles.PathOf(Path.Combine("clients", "typescript"));

    public static async Task<(int ExitCode, string Output)> RunAsync(string[] arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("node", arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // No telemetry, update checks or colours: the run is offline-friendly and its output readable in a log.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_UPDATE_NOTIFIER"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A package's command, run by node from the installed packages (no npx: nothing is fetched).</summary>
    public static string Bin(string package, string script) => Path.Combine("node_modules", package, script);
}
