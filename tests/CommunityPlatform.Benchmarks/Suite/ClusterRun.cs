using System.Globalization;
using System.Security.Cryptography;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// Several hosts (issue 20, item 9) on a throwaway MariaDB and redis-server: requests through nginx to one host and to
/// two; how long a module switch made on one host takes to reach the other; and what cluster mode costs a host on the
/// request path, against the same host without Redis. Where MariaDB, redis-server or nginx cannot be had, the rows say
/// "not measured" and why. Every process started here is stopped on every path.
/// </summary>
public sealed class ClusterRun
{
    private const string Section = "8 cluster";
    private const string Community = "c00001";
    private const string Database = "cp_bench_cluster";

    /// <summary>Measured runs of each side in the cost comparison, alternating (with, without, with, ...): the brief's "at least three".</summary>
    private const int CostRounds = 3;

    private const int SwitchRounds = 10;

    private const string ThroughNginx = "through nginx: two hosts against one";
    private const string Propagation = "module switch made on host A, seen on host B";
    private const string Cost = "cluster mode's cost: the host with Redis against without";

    private readonly SuiteOptions options;
    private readonly Report report;
    private readonly string folder;
    private readonly string database;
    private readonly string redis;

    // Every instance signs and checks tokens with one key, as on real servers: a token from A is honoured by B.
    private readonly string signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    private ClusterRun(SuiteOptions options, Report report, string folder, string database, string redis)
    {
        this.options = options;
        this.report = report;
        this.folder = folder;
        this.database = database;
        this.redis = redis;
    }

    public static async Task RunAsync(SuiteOptions options, Report report, string work)
    {
        var folder = Path.Combine(work, "cluster");
        var (mariaDb, noMariaDb) = await ThrowawayMariaDb.StartAsync(options.Root, Path.Combine(folder, "mariadb"));
        if (mariaDb is null)
        {
            NotMeasured(report, noMariaDb);
            return;
        }

        await using (mariaDb)
        {
            var (server, noRedis) = await ThrowawayRedis.StartAsync(Path.Combine(folder, "redis"));
            if (server is null)
            {
                NotMeasured(report, noRedis);
                return;
            }

            await using (server)
            {
                try
                {
                    await new ClusterRun(options, report, folder, $"{mariaDb.Server};Database={Database}", server.ConnectionString).MeasureAsync();
                }
                catch (Exception e)
                {
                    // The sections before this one have measured for many minutes: their report is still written.
                    Console.WriteLine($"the cluster section failed: {e}");
                    report.Add(Section, "cluster section", $"failed: {e.Message.Split('\n')[0]}", "", "", "runs", false);
                    report.Detail("The cluster section failed", $"```\n{e}\n```");
                }
            }
        }
    }

    private static void NotMeasured(Report report, string why)
    {
        foreach (var figure in new[] { ThroughNginx, Propagation, Cost }) report.Add(Section, figure, "not measured: " + why);
    }

    private async Task MeasureAsync()
    {
        await SeedAsync();
        Target target;
        await using (var a = await StartHostAsync("A", cluster: true))
        await using (var b = await StartHostAsync("B", cluster: true))
        {
            target = await TargetAsync(a);
            if (ThrowawayNginx.Program is { } nginx)
            {
                try
                {
                    await ThroughNginxAsync(nginx, a, b, target);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException)
                {
                    // nginx that will not start (or wrk through it failing) leaves the other two figures to measure.
                    report.Add(Section, ThroughNginx, $"failed: {e.Message.Split('\n')[0]}", "", "", "runs", false);
                }
            }
            else
            {
                report.Add(Section, ThroughNginx, "not measured: no nginx here (Debian: apt-get install nginx-light)");
            }

            await PropagationAsync(a, b);
            Deaths(a, b);
        }

        // Two fresh hosts side by side, measured in turn: neither has a head start in the JIT or its caches.
        await using var with = await StartHostAsync("with-redis", cluster: true);
        await using var without = await StartHostAsync("without-redis", cluster: false);
        await CostAsync(with, without, target);
        Deaths(with, without);
    }

    /// <summary>A city of one community as the "1 overhead" section has, on MariaDB, by the seed generator.</summary>
    private async Task SeedAsync()
    {
        var environment = HostEnvironment("seed", cluster: false);
        var (code, output, error) = await LocalProcess.RunAsync("dotnet", [options.GeneratorDll, "--data", environment["Platform__DataFolder"], "--password", SuiteOptions.Password,
            "city", "--communities", "1", "--residents", options.Residents.ToString(CultureInfo.InvariantCulture)], environment);
        if (code != 0) throw new InvalidOperationException($"The seed generator failed on MariaDB: {output}{error}");
        Console.WriteLine($"cluster: seeded MariaDB: {output.Trim()}");
    }

    /// <summary>A host on the run's MariaDB, with its own data folder; in cluster mode with the run's Redis.</summary>
    private Task<ServerProcess> StartHostAsync(string name, bool cluster) =>
        ServerProcess.StartAsync(options.HostDll, [], HostEnvironment(name, cluster));

    private Dictionary<string, string> HostEnvironment(string name, bool cluster)
    {
        var data = Path.Combine(folder, "host-" + name);
        Directory.CreateDirectory(data);
        // The settings scripts/cluster.sh gives a host, in the suite's Benchmark environment (logging at Warning).
        var environment = ServerProcess.CommonEnvironment(data);
        environment["Platform__Database__Provider"] = "MySql";
        environment["ConnectionStrings__Platform"] = database;
        environment["Platform__Jwt__SigningKey"] = signingKey;
        environment["Platform__KnownProxies__0"] = "127.0.0.1";
        if (cluster) environment["Platform__Cluster__Redis"] = redis;
        return environment;
    }

    /// <summary>The requests of the "1 overhead" section (the list of 20 by building, one resident read) as bench-staff.</summary>
    private sealed record Target(IReadOnlyDictionary<string, string> Headers, IReadOnlyList<(string Name, string Path)> Requests);

    private static async Task<Target> TargetAsync(ServerProcess host)
    {
        using var api = new PlatformClient(host.Address);
        await api.SignInAsync("bench-staff", SuiteOptions.Password);
        var list = await api.BuildingListAsync();
        var resident = (await api.GetAsync("/api/residents/people?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetString()!;
        return new Target(new Dictionary<string, string> { ["Authorization"] = "Bearer " + api.Token },
        [
            ("list 20 by building", list),
            ("read one", $"/api/residents/people/{resident}"),
        ]);
    }

    private async Task<LoadResult> LoadAsync(Uri url, IReadOnlyDictionary<string, string> headers, bool warmUp)
    {
        if (warmUp) await Wrk.RunAsync(url, options.WarmUp, options.Connections, headers);
        var result = await Wrk.RunAsync(url, options.Load, options.Connections, headers);
        Console.WriteLine($"cluster {url.Authority}{url.AbsolutePath}: {result.Summary}");
        return result;
    }

    private async Task ThroughNginxAsync(string nginx, ServerProcess a, ServerProcess b, Target target)
    {
        var first = await OneHostAsync(nginx, "nginx-one", a, target);
        var two = new List<LoadResult>();
        // A is warm by now; B gets a whole warm-up of its own first (through nginx it would get half of one).
        await using (var proxy = await ThrowawayNginx.StartAsync(nginx, Path.Combine(folder, "nginx-two"), [a.Address, b.Address]))
            foreach (var (_, path) in target.Requests)
            {
                await Wrk.RunAsync(new Uri(b.Address, path), options.WarmUp, options.Connections, target.Headers);
                two.Add(await LoadAsync(new Uri(proxy.Address, path), target.Headers, warmUp: true));
            }

        // One host again, after the two: the first one-host figure of the list came from a host that had served nothing
        // yet (951 requests/s on 2026-11-30 against ~2,000 elsewhere). The ratio is taken against the better of the two.
        var again = await OneHostAsync(nginx, "nginx-one-again", a, target);
        report.Detail("One host through nginx, before and after two", string.Join("\n", target.Requests.Select((r, i) =>
            $"- {r.Name}: {first[i].RequestsPerSecond:0} requests/s first, {again[i].RequestsPerSecond:0} after the two-host run (p99 {first[i].P99Ms:0.00} ms, {again[i].P99Ms:0.00} ms)")));

        for (var i = 0; i < target.Requests.Count; i++)
        {
            var (name, o, t) = (target.Requests[i].Name, first[i].RequestsPerSecond >= again[i].RequestsPerSecond ? first[i] : again[i], two[i]);
            report.Add(Section, $"{ThroughNginx}, {name}: requests/s", $"{t.RequestsPerSecond:0}", $"{o.RequestsPerSecond:0} (one host)", $"{t.RequestsPerSecond / o.RequestsPerSecond:0.00}");
            report.Add(Section, $"{ThroughNginx}, {name}: p50", $"{t.P50Ms:0.00} ms", $"{o.P50Ms:0.00} ms (one host)", $"{t.P50Ms / o.P50Ms:0.00}");
            report.Add(Section, $"{ThroughNginx}, {name}: p99", $"{t.P99Ms:0.00} ms", $"{o.P99Ms:0.00} ms (one host)", $"{t.P99Ms / o.P99Ms:0.00}");
            if (o.Errors + t.Errors > 0) report.Detail($"Errors through nginx in '{name}'", $"one host {o.Errors}, two hosts {t.Errors} non-2xx or socket errors.");
        }

        report.Detail("Two hosts behind nginx on this machine", $"""
            nginx ({options.Connections} connections from wrk, keep-alive to the hosts, the upstream settings of `scripts/cluster.sh`)
            sends each request to the next host in turn; both hosts run in cluster mode on one MariaDB and one Redis, and
            the token that bench-staff got from A is honoured by B (one signing key). The ratio is two hosts against one.
            What it shows: requests spread over two instances are answered without errors, and what the hop through nginx
            and a second instance cost or give on this machine. What it cannot show: capacity. This machine has
            {Environment.ProcessorCount} cores, and both hosts, nginx, wrk, MariaDB and Redis share them, so a second
            instance brings no CPU of its own; a ratio near 1 (or below, from two processes' scheduling and memory) is
            what to expect here. What a second instance adds is measured with each host on its own server (or its own
            cores) and the database on another.
            """);
    }

    private async Task<List<LoadResult>> OneHostAsync(string nginx, string name, ServerProcess host, Target target)
    {
        var results = new List<LoadResult>();
        await using var proxy = await ThrowawayNginx.StartAsync(nginx, Path.Combine(folder, name), [host.Address]);
        foreach (var (_, path) in target.Requests) results.Add(await LoadAsync(new Uri(proxy.Address, path), target.Headers, warmUp: true));
        return results;
    }

    private async Task PropagationAsync(ServerProcess a, ServerProcess b)
    {
        using var propagation = new SwitchPropagation(a.Address, b.Address, Community);
        var times = await propagation.MeasureAsync(SwitchRounds);
        static string Figure(IReadOnlyList<TimeSpan> t) => t.Count == 0 ? "none" : $"{Median(t.Select(x => x.TotalMilliseconds)):0.0} ms";
        static string Max(IReadOnlyList<TimeSpan> t) => t.Count == 0 ? "" : $"max {t.Max().TotalMilliseconds:0.0} ms";
        report.Add(Section, $"{Propagation}: switched off on A → B answers 404 Module.Disabled (median of {times.Off.Count})", Figure(times.Off), Max(times.Off));
        report.Add(Section, $"{Propagation}: switched on again on A → B serves it (median of {times.On.Count})", Figure(times.On), Max(times.On));
        if (times.Failure is { } failure) report.Add(Section, Propagation, "not measured in full: " + failure, "", "", "B sees the switch", false);
        report.Detail("Propagation of a module switch", $"""
            The city's administrator switches the Party module of {Community} off on host A and on again, {SwitchRounds} times;
            the community's secretary asks host B for the Party organisations one request after another, timed from A's answer
            to B's first changed answer (404 `Module.Disabled`, then 200 again). A's change reaches B as a Redis message
            (decision 0016); without it B would see the change only when its cached entry expires. The resolution is one
            request on B.
            """);
    }

    private async Task CostAsync(ServerProcess with, ServerProcess without, Target target)
    {
        foreach (var (name, path) in target.Requests)
        {
            var withUrl = new Uri(with.Address, path);
            var withoutUrl = new Uri(without.Address, path);
            await Wrk.RunAsync(withUrl, options.WarmUp, options.Connections, target.Headers);
            await Wrk.RunAsync(withoutUrl, options.WarmUp, options.Connections, target.Headers);
            var pairs = new List<(LoadResult With, LoadResult Without)>();
            for (var round = 0; round < CostRounds; round++)
                pairs.Add((await LoadAsync(withUrl, target.Headers, warmUp: false), await LoadAsync(withoutUrl, target.Headers, warmUp: false)));

            var ratios = pairs.Select(p => p.With.RequestsPerSecond / p.Without.RequestsPerSecond).ToList();
            var ratio = Median(ratios);
            var clean = pairs.All(p => p.With.Errors == 0 && p.Without.Errors == 0 && p.With.Requests > 0);
            report.Add(Section, $"{Cost}, {name}: requests/s (median of {CostRounds} alternating runs; ratio: median of the pairs' ratios, min–max)",
                $"{Median(pairs.Select(p => p.With.RequestsPerSecond)):0}", $"{Median(pairs.Select(p => p.Without.RequestsPerSecond)):0} (without Redis)",
                $"{ratio:0.00} ({ratios.Min():0.00}–{ratios.Max():0.00})", "≥ 0.95", clean && ratio >= 0.95);
            report.Add(Section, $"{Cost}, {name}: p99 (median of {CostRounds})", $"{Median(pairs.Select(p => p.With.P99Ms)):0.00} ms",
                $"{Median(pairs.Select(p => p.Without.P99Ms)):0.00} ms (without Redis)");
            if (!clean) report.Detail($"Errors in the cost runs of '{name}'", string.Join(", ", pairs.Select(p => $"{p.With.Errors} with, {p.Without.Errors} without")));
        }

        report.Detail("The cost of cluster mode", $"""
            Two hosts started fresh on the same MariaDB, one with `Platform:Cluster:Redis` and one without, each warmed up with
            the same request for {options.WarmUp.TotalSeconds:0} s, then measured in turn directly (no nginx): with, without,
            with, ... ({CostRounds} runs each of {options.Load.TotalSeconds:0} s). The host without Redis is what a single
            instance on MariaDB runs. The target holds when the median of the pairs' ratios is 0.95 or more; the brackets give
            the smallest and largest pair's ratio, the spread that the machine's noise puts on one comparison.
            """);
    }

    private void Deaths(params ServerProcess[] hosts)
    {
        foreach (var host in hosts)
            if (host.Death is { } death) report.Detail($"A host died in the cluster section ({host.Address})", death);
    }

    private static double Median(IEnumerable<double> values) => Repeated.Median(values.ToList());
}
