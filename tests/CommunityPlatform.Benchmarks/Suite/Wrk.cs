using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>One load run of Debian's <c>wrk</c> from its own process, at a fixed number of connections.</summary>
public sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Errors)
{
    public string Summary => $"{RequestsPerSecond:0} rps, p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms" + (Errors > 0 ? $", {Errors} errors" : "");
}

public static partial class Wrk
{
    public static async Task<LoadResult> RunAsync(Uri url, TimeSpan duration, int connections, IReadOnlyDictionary<string, string> headers, string? postBody = null)
    {
        var args = new List<string> { "-t", "1", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{Math.Max(1, (int)duration.TotalSeconds)}s", "--latency" };
        foreach (var (name, value) in headers) args.AddRange(["-H", $"{name}: {value}"]);
        string? script = null;
        if (postBody is not null)
        {
            script = Path.GetTempFileName();
            await File.WriteAllTextAsync(script, $"wrk.method = \"POST\"\nwrk.body = [[{postBody}]]\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
            args.AddRange(["-s", script]);
        }

        args.Add(url.AbsoluteUri);
        var start = new ProcessStartInfo("wrk", args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (script is not null) File.Delete(script);
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed: {output}{await process.StandardError.ReadToEndAsync()}");
        return Parse(output);
    }

    public static LoadResult Parse(string output)
    {
        double Latency(string percentile)
        {
            var m = Regex.Match(output, $@"^\s*{percentile}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!m.Success) return double.NaN;
            var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        var rps = double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var bad = NonSuccess().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var socket = SocketErrors().Match(output) is { Success: true } s ? s.Groups.Values.Skip(1).Sum(g => long.Parse(g.Value, CultureInfo.InvariantCulture)) : 0;
        return new LoadResult(rps, Latency("50"), Latency("99"), requests, bad + socket);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
