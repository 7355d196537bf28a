using System.Diagnostics;
using Microsoft.Playwright;

namespace CommunityPlatform.Benchmarks.Suite;

/// <summary>
/// The big screen left running (issue 17: "keeps running for days without growing memory in the browser or the host"):
/// the city's screen in headless Chromium at 1920×1080, refreshing every 5 s (the fastest it allows, six times the wall's
/// pace), for <see cref="SuiteOptions.Soak"/>; the host's RSS and the page's JS heap (after a forced collection) sampled
/// ten times. A leak shows as growth from the first sample (taken after the first refreshes) to the last.
/// </summary>
public static class ScreenSoak
{
    private const double AllowedGrowth = 1.2;

    public static async Task RunAsync(SuiteOptions options, Report report, (int N, string Folder) city)
    {
        const string Section = "7 screen soak";
        if (!File.Exists(Chromium))
        {
            report.Add(Section, "big screen soak", "not measured: no Chromium at " + Chromium);
            return;
        }

        var environment = options.ForHost(ServerProcess.ConsoleEnvironment(city.Folder));
        // Aged fast (--soak-live): no view is kept, so each of the screen's snapshots (every 30 s) is a live sum over the
        // city — twenty times the sums a wall's host does (one per 10 minutes), to show where the memory levels off.
        if (options.SoakLive) environment["Platform__Oversight__KeepFrom"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pace = options.SoakLive ? ", a live city sum every 30 s (20 × a wall's)" : "";
        await using var host = await ServerProcess.StartAsync(options.HostDll, [], environment);
        using (var api = new PlatformClient(host.Address)) await api.SignInAsync("admin", SuiteOptions.Password); // chooses the first password

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--enable-precise-memory-info", "--js-flags=--expose-gc"],
        });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var address = host.Address.ToString().TrimEnd('/');
        await page.GotoAsync($"{address}/account/signin");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", SuiteOptions.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/signin"));
        await page.GotoAsync($"{address}/screen?every=5");

        var samples = new List<(TimeSpan At, long Rss, double Heap, int Refreshes)>();
        var clock = Stopwatch.StartNew();
        var every = options.Soak / 10;
        for (var i = 0; i <= 10; i++)
        {
            // The first sample after two refreshes: the page's own start-up is not a leak.
            await Task.Delay(i == 0 ? TimeSpan.FromSeconds(11) : every);
            var heap = await page.EvaluateAsync<double>("() => { if (window.gc) window.gc(); return performance.memory.usedJSHeapSize; }");
            var refreshes = await page.EvaluateAsync<int>("() => Number(document.body.dataset.refreshed) || 0");
            samples.Add((clock.Elapsed, host.ResidentBytes, heap, refreshes));
            Console.WriteLine($"soak {clock.Elapsed:hh\\:mm\\:ss}: host RSS {host.ResidentBytes / 1048576.0:0} MB, JS heap {heap / 1048576.0:0.0} MB, {refreshes} refreshes");
        }

        var (first, last) = (samples[0], samples[^1]);
        var minutes = (last.At - first.At).TotalMinutes;
        report.Add(Section, $"N = {city.N:N0}: screen refreshes over {clock.Elapsed.TotalMinutes:0.0} min (every 5 s{pace})", $"{last.Refreshes}", "", "",
            $"≥ {(int)(clock.Elapsed.TotalSeconds / 5 * 0.8)}", last.Refreshes >= (int)(clock.Elapsed.TotalSeconds / 5 * 0.8));
        report.Add(Section, $"N = {city.N:N0}{pace}: host RSS, first → last sample ({minutes:0.0} min apart; max {samples.Max(s => s.Rss) / 1048576.0:0} MB)",
            $"{first.Rss / 1048576.0:0} → {last.Rss / 1048576.0:0} MB", "", $"{(double)last.Rss / first.Rss:0.00}", $"≤ {AllowedGrowth}", last.Rss <= first.Rss * AllowedGrowth);
        // Flat means the second half grows no more than the noise: a host that only settles into its working set grows
        // early and then stays; a leak keeps growing at the same pace to the end.
        var middle = samples[samples.Count / 2];
        report.Add(Section, $"N = {city.N:N0}{pace}: host RSS over the second half ({(last.At - middle.At).TotalMinutes:0.0} min)",
            $"{middle.Rss / 1048576.0:0} → {last.Rss / 1048576.0:0} MB", "", $"{(double)last.Rss / middle.Rss:0.00}", "≤ 1.05", last.Rss <= middle.Rss * 1.05);
        report.Add(Section, $"N = {city.N:N0}: browser JS heap after GC, first → last sample (max {samples.Max(s => s.Heap) / 1048576.0:0.0} MB)",
            $"{first.Heap / 1048576.0:0.0} → {last.Heap / 1048576.0:0.0} MB", "", $"{last.Heap / first.Heap:0.00}", $"≤ {AllowedGrowth}", last.Heap <= first.Heap * AllowedGrowth);
        report.Detail($"Big screen soak, N = {city.N:N0}{pace}", "| after | host RSS | JS heap | refreshes |\n|---|---|---|---|\n"
            + string.Join("\n", samples.Select(s => $"| {s.At:hh\\:mm\\:ss} | {s.Rss / 1048576.0:0} MB | {s.Heap / 1048576.0:0.00} MB | {s.Refreshes} |")));
        if (host.Death is { } death) report.Detail($"The host died in the soak (N = {city.N:N0})", death);
    }

    private const string Chromium = "/usr/bin/chromium";
}
