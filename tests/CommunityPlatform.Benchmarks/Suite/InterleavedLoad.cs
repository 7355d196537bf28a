namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// One request compared on several servers (section 3: a host per N; section 9: N = 1 beside N = 10,000): each server
/// warmed up on it, then measured in <see cref="Slices"/> short slices taken in turn, the order reversed every slice
/// (A B B A A B B A), each slice once every server is quiet. A machine that slows for a few seconds, or drifts over the
/// minute, then falls on every side alike. One long load each put it all on one side: in the run of 2026-12-01
/// 10:04 UTC a list moved by a fifth between two loads of the same host a minute apart, more than any difference
/// between the cities.
/// </summary>
public static class InterleavedLoad
{
    /// <summary>Slices per server; each is half of <see cref="SuiteOptions.Load"/>, so a server is measured for twice that.</summary>
    public const int Slices = 4;

    /// <summary>One slice's length: half of <see cref="SuiteOptions.Load"/>, at least a second (wrk's unit).</summary>
    public static TimeSpan SliceLength(SuiteOptions options) => TimeSpan.FromSeconds(Math.Max(1, options.Load.TotalSeconds / 2));

    public sealed record Target(ServerProcess Host, Uri Url, IReadOnlyDictionary<string, string> Headers, string? Body);

    /// <summary>One combined result per target, in the targets' order: requests/s the mean of the slices', p50 and p99 their medians.</summary>
    public static async Task<IReadOnlyList<LoadResult>> RunAsync(SuiteOptions options, IReadOnlyList<Target> targets)
    {
        foreach (var target in targets)
        {
            await QuietAsync(targets);
            await Wrk.RunAsync(target.Url, options.WarmUp, options.Connections, target.Headers, target.Body);
        }

        var slice = SliceLength(options);
        var taken = targets.Select(_ => new List<LoadResult>()).ToArray();
        for (var s = 0; s < Slices; s++)
            for (var k = 0; k < targets.Count; k++)
            {
                var i = s % 2 == 0 ? k : targets.Count - 1 - k;
                await QuietAsync(targets);
                taken[i].Add(await Wrk.RunAsync(targets[i].Url, slice, options.Connections, targets[i].Headers, targets[i].Body));
            }

        var results = taken.Select(Combine).ToList();
        for (var i = 0; i < targets.Count; i++)
            Console.WriteLine($"{targets[i].Url.PathAndQuery} on {targets[i].Host.Address.Port}: {results[i].Summary} (slices: {string.Join(", ", taken[i].Select(r => r.RequestsPerSecond.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} rps)");
        return results;
    }

    // The outbox work a write slice leaves behind would otherwise run under the next slice, of this server or another.
    private static async Task QuietAsync(IReadOnlyList<Target> targets)
    {
        foreach (var target in targets) await target.Host.QuietAsync(TimeSpan.FromMinutes(1));
    }

    private static LoadResult Combine(IReadOnlyList<LoadResult> slices) => new(
        slices.Average(s => s.RequestsPerSecond),
        Repeated.Median(slices.Select(s => s.P50Ms).ToList()),
        Repeated.Median(slices.Select(s => s.P99Ms).ToList()),
        slices.Sum(s => s.Requests),
        slices.Sum(s => s.Errors));
}
