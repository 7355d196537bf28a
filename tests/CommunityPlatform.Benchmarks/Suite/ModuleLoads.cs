namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// Every business module measured (issue 21, item 4): its busiest list and busiest write (<see cref="ModuleWorkload"/>)
/// at N = 1 and at the run's largest N, signed in as the first community's secretary, each against N = 1 with the scale
/// targets — requests/s ≥ 0.90 and p99 ≤ 1.3 of N = 1. A run with any non-2xx answer does not hold.
/// <para>
/// The two hosts run side by side, and each figure is taken on both, <see cref="SuiteOptions.Repeats"/> times, the
/// larger city first in every other run; within a run in slices taken in turn (<see cref="InterleavedLoad"/>). A ratio
/// compares loads seconds apart, not half an hour, and the report gives its spread over the runs. Each slice waits until
/// both hosts are quiet, so that neither works off the last write slice's events under it.
/// </para>
/// </summary>
public static class ModuleLoads
{
    private const string Section = "9 modules";

    // The seed generator's first community ("c" + 00001) is the one whose secretary has the suite's password.
    private const string Secretary = "c00001-secretary";

    private sealed record City(int N, ServerProcess Host, Dictionary<string, string> Headers, IReadOnlyList<ModuleWorkload.Request> Requests);

    public static async Task RunAsync(SuiteOptions options, Report report, IReadOnlyList<(int N, string Folder)> scales)
    {
        (int N, string Folder)[] ends = scales.Count > 1 ? [scales[0], scales[^1]] : [scales[0]];
        var cities = new List<City>();
        try
        {
            foreach (var (n, folder) in ends)
            {
                var host = await ServerProcess.StartAsync(options.HostDll, [], ServerProcess.CommonEnvironment(folder));
                using var api = new PlatformClient(host.Address);
                await api.SignInAsync(Secretary, SuiteOptions.Password);
                // Lists first: each reads the ledgers as seeded, not the thousands of records the writes add.
                var requests = (await ModuleWorkload.PrepareAsync(api)).OrderBy(r => r.Body is not null).ToList();
                cities.Add(new City(n, host, new Dictionary<string, string> { ["Authorization"] = "Bearer " + api.Token }, requests));
            }

            var runs = new Repeated();
            var baseN = cities[0].N;
            foreach (var request in cities[0].Requests)
            {
                for (var run = 0; run < options.Repeats; run++)
                {
                    // Every other run takes the larger city first, so that a drift over the section (a table that grows
                    // with each write load, a machine that slows) falls on both sides alike; within a run the slices of
                    // the two cities alternate as well (InterleavedLoad).
                    var measured = new List<(City City, string Figure, string Call, InterleavedLoad.Target Target)>();
                    foreach (var city in run % 2 == 0 ? cities : Enumerable.Reverse(cities))
                    {
                        var figure = $"N = {city.N:N0}: {request.Module}: {request.Name}";
                        var asked = city.Requests.FirstOrDefault(r => r.Module == request.Module && r.Name == request.Name);
                        if ((asked?.Missing ?? (asked is null ? "not offered in this city" : null)) is { } why)
                        {
                            if (run == 0) report.Add(Section, figure, "not measured: " + why, "", "", "", false);
                            continue;
                        }

                        measured.Add((city, figure, (asked!.Body is null ? "GET " : "POST ") + asked.Path,
                            new InterleavedLoad.Target(city.Host, new Uri(city.Host.Address, asked.Path), city.Headers, asked.Body)));
                    }

                    var loads = await InterleavedLoad.RunAsync(options, measured.Select(m => m.Target).ToList());
                    var results = measured.Zip(loads).ToDictionary(m => m.First.City, m => (m.First.Figure, m.First.Call, Result: m.Second));

                    LoadResult? baseline = null;
                    foreach (var city in cities)
                        if (results.TryGetValue(city, out var taken))
                        {
                            Add(runs, taken.Figure, taken.Call, taken.Result, baseline);
                            baseline ??= taken.Result;
                        }
                }
            }

            runs.WriteTo(report);
            report.Detail("Every module at N = 1 and at the largest N",
                $"Both hosts ran side by side; each figure was taken on both, {options.Repeats} time(s) (N = {baseN:N0} first in the odd runs, the larger N first in the even ones): "
                + $"after a warm-up of {options.WarmUp.TotalSeconds:0} s on each, {InterleavedLoad.Slices} slices of {InterleavedLoad.SliceLength(options).TotalSeconds:0} s on each, taken in turn (A B B A ...), each once both hosts were quiet (under 5 % of a core); "
                + "requests/s is the mean of a run's slices, p50 and p99 their medians. "
                + $"A row at the larger N has the N = {baseN:N0} figures of the same runs as its baseline.");
            foreach (var city in cities)
                if (city.Host.Death is { } death) report.Detail($"The host died in the modules run (N = {city.N:N0})", death);
        }
        finally
        {
            foreach (var city in cities) await city.Host.DisposeAsync();
        }
    }

    /// <summary>One run's figures of one load; at the largest N beside the smallest's of the same run, with the targets of the ratios.</summary>
    private static void Add(Repeated runs, string figure, string call, LoadResult result, LoadResult? baseline)
    {
        var clean = result.Errors == 0 && result.Requests > 0;
        if (baseline is null)
        {
            runs.Add(Section, $"{figure}: requests/s (`{call}`)", result.RequestsPerSecond, null, "", "0", "no errors", _ => true, clean);
            runs.Add(Section, $"{figure}: p50", result.P50Ms, null, "ms", "0.00");
            runs.Add(Section, $"{figure}: p99", result.P99Ms, null, "ms", "0.00");
            return;
        }

        runs.Add(Section, $"{figure}: requests/s (`{call}`)", result.RequestsPerSecond, baseline.RequestsPerSecond, "", "0", "≥ 0.90", r => r >= 0.9, clean);
        runs.Add(Section, $"{figure}: p50", result.P50Ms, baseline.P50Ms, "ms", "0.00");
        runs.Add(Section, $"{figure}: p99", result.P99Ms, baseline.P99Ms, "ms", "0.00", "≤ 1.3", r => r <= 1.3, clean);
    }
}
