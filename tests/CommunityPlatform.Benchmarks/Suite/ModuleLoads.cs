namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// Every business module measured (issue 21, item 4): its busiest list and busiest write (<see cref="ModuleWorkload"/>)
/// at N = 1 and at the run's largest N, signed in as the first community's secretary, each against N = 1 with the scale
/// targets — requests/s ≥ 0.90 and p99 ≤ 1.3 of N = 1. A run with any non-2xx answer does not hold.
/// </summary>
public static class ModuleLoads
{
    private const string Section = "9 modules";

    // The seed generator's first community ("c" + 00001) is the one whose secretary has the suite's password.
    private const string Secretary = "c00001-secretary";

    public static async Task RunAsync(SuiteOptions options, Report report, IReadOnlyList<(int N, string Folder)> scales, LoadRun load)
    {
        (int N, string Folder)[] ends = scales.Count > 1 ? [scales[0], scales[^1]] : [scales[0]];
        var first = new Dictionary<string, LoadResult>();
        foreach (var (n, folder) in ends)
        {
            await using var host = await ServerProcess.StartAsync(options.HostDll, [], ServerProcess.CommonEnvironment(folder));
            using var api = new PlatformClient(host.Address);
            await api.SignInAsync(Secretary, SuiteOptions.Password);
            var headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + api.Token };
            // Lists first: each reads the ledgers as seeded, not the thousands of records the writes add.
            var requests = (await ModuleWorkload.PrepareAsync(api)).OrderBy(r => r.Body is not null).ToList();
            foreach (var request in requests)
            {
                var figure = $"N = {n:N0}: {request.Module}: {request.Name}";
                if (request.Missing is { } why)
                {
                    report.Add(Section, figure, "not measured: " + why, "", "", "", false);
                    continue;
                }

                var result = await load(new Uri(host.Address, request.Path), headers, request.Body);
                var baseline = first.GetValueOrDefault(request.Name);
                first.TryAdd(request.Name, result);
                Add(report, figure, (request.Body is null ? "GET " : "POST ") + request.Path, result, baseline, ends[0].N);
            }

            if (host.Death is { } death) report.Detail($"The host died in the modules run (N = {n:N0})", death);
        }
    }

    /// <summary>The figures of one load; at the largest N beside the smallest's, with the ratios and their targets.</summary>
    private static void Add(Report report, string figure, string call, LoadResult result, LoadResult? baseline, int baseN)
    {
        var clean = result.Errors == 0 && result.Requests > 0;
        var errors = result.Errors > 0 ? $", {result.Errors:N0} errors" : "";
        if (baseline is null)
        {
            report.Add(Section, $"{figure}: requests/s (`{call}`)", $"{result.RequestsPerSecond:0}{errors}", "", "", "no errors", clean);
            report.Add(Section, $"{figure}: p50", $"{result.P50Ms:0.00} ms");
            report.Add(Section, $"{figure}: p99", $"{result.P99Ms:0.00} ms");
            return;
        }

        var throughput = result.RequestsPerSecond / baseline.RequestsPerSecond;
        var p99 = result.P99Ms / baseline.P99Ms;
        report.Add(Section, $"{figure}: requests/s (`{call}`)", $"{result.RequestsPerSecond:0}{errors}", $"{baseline.RequestsPerSecond:0} (N = {baseN:N0})", $"{throughput:0.00}", "≥ 0.90",
            clean && throughput >= 0.9);
        report.Add(Section, $"{figure}: p50", $"{result.P50Ms:0.00} ms", $"{baseline.P50Ms:0.00} ms (N = {baseN:N0})", $"{result.P50Ms / baseline.P50Ms:0.00}");
        report.Add(Section, $"{figure}: p99", $"{result.P99Ms:0.00} ms", $"{baseline.P99Ms:0.00} ms (N = {baseN:N0})", $"{p99:0.00}", "≤ 1.3", clean && p99 <= 1.3);
    }
}
