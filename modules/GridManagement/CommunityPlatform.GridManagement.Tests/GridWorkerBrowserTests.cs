using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace CommunityPlatform.GridManagement.Tests;

// Why: issue 18 — the grid worker's day tried on a 375 px phone and a desktop, in Chinese and English, in a real
// browser: the folding menu and 44 px tap targets (measured, not judged by eye), the household picker with its filter
// box, the patrol form's disputes and its ticked 上报为事件, the worker's name on the steps, the household page, the
// secretary's pager, hotline reporter, and the reports' exports and print. Screenshots go to TestResults/screenshots.

/// <summary>One host on a real port and one Chromium for the grid's browser tests (a host per test would seed five communities each time).</summary>
public sealed class GridBrowser : IAsyncLifetime
{
    public PlatformFactory<Program> Factory { get; } = new();
    public string Address { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    private IPlaywright? playwright;

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        Address = Factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        Factory.Dispose();
    }
}

[Trait("Category", "Browser")]
public sealed class GridWorkerBrowserTests(GridBrowser host) : IClassFixture<GridBrowser>
{
    public static TheoryData<int, string> Screens => new() { { 375, "zh-CN" }, { 375, "en" }, { 1280, "zh-CN" }, { 1280, "en" } };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_grid_worker_walks_their_grid_patrol_and_visit_diary(int width, string language)
    {
        var (phone, en) = (width < 700, language == "en");
        var name = $"{(phone ? "phone" : "desktop")}-{language}";
        var page = await SignInAsync("wuyijie-gridworker", width, language);

        // The menu folds behind a button on a phone; on a desktop it stands open, 190 px wide, as before.
        var menu = page.Locator("nav.menu ul");
        if (phone)
        {
            (await menu.IsVisibleAsync()).ShouldBeFalse();
            await TallEnoughAsync(page.Locator("nav.menu label.menu-button"));
            await page.ClickAsync("nav.menu label.menu-button");
            (await menu.IsVisibleAsync()).ShouldBeTrue();
            await TallEnoughAsync(page.Locator("nav.menu a"));
            await TallEnoughAsync(page.Locator("header.top a, header.top button"));
        }
        else
        {
            (await page.Locator("nav.menu label.menu-button").IsVisibleAsync()).ShouldBeFalse();
            (await menu.IsVisibleAsync()).ShouldBeTrue();
            (await page.Locator("nav.menu").EvaluateAsync<double>("e => e.getBoundingClientRect().width")).ShouldBe(190, 1);
        }

        (await page.Locator("nav.menu").InnerTextAsync()).ShouldNotContain(en ? "Party" : "党组织");
        await page.ClickAsync($"nav.menu a[href='/grid/grids']");
        await page.Locator("main ul.card a").First.ClickAsync();
        await page.Locator("#patrol-form").WaitForAsync();
        var gridUrl = page.Url;

        // The patrol form: every kind (disputes too), 上报为事件 ticked, check boxes a thumb can hit.
        var kinds = await page.Locator("#kind option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)");
        kinds.ShouldBe(Enum.GetNames<EventKind>(), ignoreOrder: true);
        (await page.IsCheckedAsync("#raise-event")).ShouldBeTrue();
        if (phone) await TallEnoughAsync(page.Locator("#patrol-form label.check, #visit-form label.check"));

        // The visit diary's picker: building, door and householder, found by typing the householder's name.
        var options = await page.Locator("#household option").EvaluateAllAsync<string[]>("o => o.map(x => x.textContent.trim())");
        options.Length.ShouldBeGreaterThan(1);
        var labelled = new Regex(en ? @"^Building \S+ \S+ \S+$" : @"^\S+号楼 \S+ \S+$");
        options.Count(o => labelled.IsMatch(o)).ShouldBeGreaterThan(options.Length / 2, string.Join(" | ", options));
        var wanted = options.Where(o => labelled.IsMatch(o)).Skip(options.Length / 3).First();
        var householder = wanted.Split(' ')[^1];
        await page.FillAsync("#household-filter", householder);
        (await page.Locator("#household option:checked").InnerTextAsync()).ShouldContain(householder);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(GridBrowser.Screenshots, $"grid-worker-{name}.png"), FullPage = true });

        // A visit whose follow-up becomes an event of the household; the household page shows both.
        var household = await page.InputValueAsync("#household");
        var suffix = Guid.NewGuid().ToString("N")[..4];
        await page.FillAsync("#notes", $"浏览器走访{suffix}：老人腿脚不便");
        await page.FillAsync("#follow-up", $"浏览器跟进{suffix}：申请助餐");
        await page.CheckAsync("#visit-raise-event");
        await page.ClickAsync("#visit-form button[type=submit]");
        await page.Locator("#grid-message").WaitForAsync();

        // A dispute found on patrol, with its parties, raised as an event signed with the worker's name.
        await page.FillAsync("#finding", $"浏览器巡查{suffix}：晾衣杆纠纷");
        await page.SelectOptionAsync("#kind", "Dispute");
        await page.FillAsync("#parties", "201户与301户");
        await page.ClickAsync("#patrol-form button[type=submit]");
        (await page.Locator("#grid-message").InnerTextAsync()).ShouldContain(en ? "event" : "事件");
        await page.Locator("main .card a", new() { HasText = en ? "Event" : "事件" }).Last.WaitForAsync();

        await page.GotoAsync($"{host.Address}/grid/households/{household}");
        (await page.Locator("#household-title").InnerTextAsync()).ShouldContain(householder);
        (await page.Locator("#household-visits").InnerTextAsync()).ShouldContain($"浏览器走访{suffix}");
        (await page.Locator("#household-events").InnerTextAsync()).ShouldContain($"浏览器跟进{suffix}");
        (await page.Locator("#household-visits").InnerTextAsync()).ShouldNotContain("wuyijie-gridworker");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(GridBrowser.Screenshots, $"grid-household-{name}.png"), FullPage = true });

        await page.Locator("#household-events a", new() { HasText = $"浏览器跟进{suffix}" }).ClickAsync();
        await page.Locator("#event-source").WaitForAsync();
        (await page.Locator("#event-source").InnerTextAsync()).ShouldBe(en ? "Visit" : "走访发现");
        var report = await page.Locator("[data-step=Report]").InnerTextAsync();
        report.ShouldNotContain("wuyijie-gridworker");
        await page.GotoAsync(gridUrl);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task The_secretary_pages_through_events_reads_a_hotline_reporter_and_exports_and_prints_the_reports(int width, string language)
    {
        var (phone, en) = (width < 700, language == "en");
        var name = $"{(phone ? "phone" : "desktop")}-{language}";
        var page = await SignInAsync("wuyijie-secretary", width, language);

        await page.GotoAsync($"{host.Address}/grid/events");
        var reporter = "王女士 13698765432";
        var title = "浏览器热线" + Guid.NewGuid().ToString("N")[..4];
        await page.SelectOptionAsync("#source", "Hotline");
        await page.SelectOptionAsync("#kind", "Sanitation");
        await page.FillAsync("#title", title);
        await page.FillAsync("#reporter", reporter);
        await page.ClickAsync("#report-form button[type=submit]");
        await page.Locator("#event-reporter").WaitForAsync();
        (await page.Locator("#event-reporter").InnerTextAsync()).ShouldBe(reporter);
        (await page.Locator("#event-source").InnerTextAsync()).ShouldBe(en ? "Hotline" : "民情热线");

        await page.GotoAsync($"{host.Address}/grid/events");
        var firstPage = await page.Locator("main .event a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))");
        firstPage.Length.ShouldBe(30);
        if (phone) await TallEnoughAsync(page.Locator(".pager a"));
        await page.ClickAsync(".pager a[rel=next]");
        await page.WaitForURLAsync(new Regex("page=2"));
        var secondPage = await page.Locator("main .event a").EvaluateAllAsync<string[]>("a => a.map(x => x.getAttribute('href'))");
        secondPage.ShouldNotBeEmpty();
        secondPage.Intersect(firstPage).ShouldBeEmpty();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(GridBrowser.Screenshots, $"grid-events-page-2-{name}.png"), FullPage = true });

        await page.GotoAsync($"{host.Address}/grid/rhythm");
        foreach (var report in new[] { "weekly", "quarterly", "evaluation" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"#export-{report}"));
            var file = Path.Combine(Path.GetTempPath(), $"{report}-{Guid.NewGuid():N}.xlsx");
            await download.SaveAsAsync(file);
            download.SuggestedFilename.ShouldEndWith(".xlsx");
            MiniExcel.GetSheetNames(file).ShouldNotBeEmpty();
            MiniExcel.Query(file, useHeaderRow: true).ShouldNotBeEmpty(report);
            File.Delete(file);
        }

        (await page.Locator("main h2").AllInnerTextsAsync()).ShouldNotContain(h => !en && Regex.IsMatch(h, @"\bQ\d\b"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator("header.top").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("nav.menu").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("#export-weekly").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("#print-rhythm").IsVisibleAsync()).ShouldBeFalse();
        (await page.Locator("main h1").IsVisibleAsync()).ShouldBeTrue();
        await page.ScreenshotAsync(new() { Path = Path.Combine(GridBrowser.Screenshots, $"grid-rhythm-print-{name}.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        (await page.Locator("#print-rhythm").IsVisibleAsync()).ShouldBeTrue();
    }

    /// <summary>Every element matched is at least 44 px high: a target a thumb can hit.</summary>
    private static async Task TallEnoughAsync(ILocator targets)
    {
        var sizes = await targets.EvaluateAllAsync<double[]>("els => els.filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().height)");
        sizes.ShouldNotBeEmpty();
        sizes.ShouldAllBe(h => h >= 44);
    }

    private async Task<IPage> SignInAsync(string userName, int width, string language)
    {
        var context = await host.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = width < 700 ? 740 : 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{host.Address}/account/signin");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", PlatformFactory.Password);
        await page.ClickAsync("main form button[type=submit]");
        // The first dashboard of a fresh host builds every module's model: generous on a busy machine.
        await page.WaitForURLAsync(new Regex("^" + Regex.Escape(host.Address) + "/$"), new() { Timeout = 90000 });
        if (language == "en")
        {
            await page.ClickAsync("a.lang");
            await page.WaitForFunctionAsync("document.documentElement.lang === 'en'");
        }

        return page;
    }
}
