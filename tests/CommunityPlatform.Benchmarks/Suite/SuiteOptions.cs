namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>How big a run is. The smoke run proves that everything still builds and runs; its figures mean nothing.</summary>
public sealed record SuiteOptions(string Root, string Output, bool Smoke, IReadOnlyList<int> Scales, int Residents, int BigResidents, int BigHouseholds,
    TimeSpan Load, TimeSpan WarmUp, int Connections, int Provision, IReadOnlySet<string> Sections, TimeSpan Soak, string? CityData = null, int Repeats = 1,
    IReadOnlyDictionary<string, string>? HostEnvironment = null, bool SoakLive = false, string? PublishedHost = null)
{
    /// <summary>Every section, in the order they run; <c>--only overhead,startup</c> runs some of them (their report says so).</summary>
    public static readonly string[] AllSections = ["overhead", "startup", "scale", "provision", "data", "hotpath", "oversight", "soak", "cluster", "modules", "pages"];

    /// <summary>
    /// Sections too long for the smoke run (each over 30 s even on its tiny data; the cluster starts MariaDB, Redis, nginx
    /// and four hosts): a smoke run skips them unless <c>--only</c> names them.
    /// </summary>
    public static readonly string[] NotInSmoke = ["cluster", "modules", "pages"];

    /// <summary>Whether some sections of the run's kind were left out (the report then says which ran).</summary>
    public bool Partial => Sections.Count < AllSections.Length - (Smoke ? NotInSmoke.Length : 0);

    public bool Runs(string section) => Sections.Contains(section);

    /// <summary>A platform host's environment with the run's <c>--host-env</c> settings laid over it.</summary>
    public Dictionary<string, string> ForHost(Dictionary<string, string> environment)
    {
        foreach (var (name, value) in HostEnvironment ?? new Dictionary<string, string>()) environment[name] = value;
        return environment;
    }

    public const string Password = "Bench@2026!";

    /// <summary>The host as built, or as published when <c>--host-dll</c> names it (scripts/benchmark.sh publishes it as the README deploys it).</summary>
    public string HostDll => PublishedHost ?? Path.Combine(Root, "host/CommunityPlatform.Host/bin/Release/net10.0/CommunityPlatform.Host.dll");
    public string GeneratorDll => Path.Combine(Root, "seeds/CommunityPlatform.SeedGenerator/bin/Release/net10.0/CommunityPlatform.SeedGenerator.dll");
    public string BenchmarksDll => typeof(SuiteOptions).Assembly.Location;

    public static SuiteOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, "--" + name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var root = Path.GetFullPath(Value("root", "."));
        var smoke = args.Contains("--smoke");
        var scales = Value("scales", smoke ? "1" : "1,100,1000,10000").Split(',').Select(int.Parse).ToList();
        // A partial run is for working on one figure: it never replaces the report of a whole run unless told to.
        var partial = args.Contains("--only");
        var report = smoke ? "docs/performance-smoke.md" : partial ? Path.Combine(Path.GetTempPath(), "performance-partial.md") : "docs/performance.md";
        return new SuiteOptions(root, Path.GetFullPath(Value("out", Path.Combine(root, report))), smoke, scales,
            Residents: int.Parse(Value("residents", smoke ? "50" : "200")),
            BigResidents: smoke ? 2_000 : 100_000,
            BigHouseholds: smoke ? 100 : 5_000,
            Load: TimeSpan.FromSeconds(int.Parse(Value("seconds", smoke ? "1" : "10"))),
            WarmUp: TimeSpan.FromSeconds(int.Parse(Value("warmup", smoke ? "1" : "15"))),
            Connections: 16,
            Provision: smoke ? 10 : 1_000,
            Sections: Value("only", string.Join(',', smoke ? AllSections.Except(NotInSmoke) : AllSections)).Split(',').Select(v => v.Trim()).Where(AllSections.Contains).ToHashSet(),
            // The big screen left running: 10 minutes in a whole run (--soak 14400 for the four hours a wall runs unwatched).
            Soak: TimeSpan.FromSeconds(int.Parse(Value("soak", smoke ? "15" : "600"))),
            // A city the seed generator made before (with --volume), for the largest scale instead of generating it again.
            CityData: args.Contains("--city-data") ? Path.GetFullPath(Value("city-data", "")) : null,
            // The request path and start-up are measured this many times on fresh processes (median, spread, worst run).
            Repeats: int.Parse(Value("runs", smoke ? "1" : "3")),
            // Settings for the platform host's processes only, to compare one against another (e.g. --host-env DOTNET_gcServer=1).
            HostEnvironment: Value("host-env", "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : ""),
            // The soak aged fast: every snapshot of the screen (each 30 s) a live sum over the city instead of one per 10 minutes.
            SoakLive: args.Contains("--soak-live"),
            PublishedHost: args.Contains("--host-dll") ? Path.GetFullPath(Value("host-dll", "")) : null);
    }
}
