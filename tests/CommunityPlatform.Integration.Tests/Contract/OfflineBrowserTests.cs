using Microsoft.Playwright;

namespace CommunityPlatform.Integration.Tests.Contract;

// Why: the platform runs on a city's intranet, where a request to another host hangs or is blocked (and leaks who
// reads what). Every page of the menu — whichever modules are installed — and the API reference must load from the
// host alone: fonts, scripts, styles, telemetry, AI and sharing features included.

/// <summary>Chromium records every request of the console's pages and of <c>/scalar</c>; none may leave the host.</summary>
[Trait("Category", "Browser")]
public sealed class OfflineBrowserTests : IAsyncLifetime
{
    private readonly PlatformFactory<Program> factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string address = "";

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        address = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    [Fact]
    public async Task No_page_of_the_console_nor_the_API_reference_requests_another_host()
    {
        var context = await browser!.NewContextAsync(new() { Locale = "zh-CN" });
        var elsewhere = new List<string>();
        context.Request += (_, request) =>
        {
            if (!IsHere(request.Url)) lock (elsewhere) elsewhere.Add($"{request.Url} (from {request.Frame.Url})");
        };
        // Nothing may reach another host even if something asks: the test records, the route refuses.
        await context.RouteAsync(url => !IsHere(url), route => route.AbortAsync());

        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => { lock (console) console.Add($"{message.Type}: {message.Text}"); };
        await page.GotoAsync($"{address}/account/signin");
        await page.FillAsync("#UserName", "xincun-secretary");
        await page.FillAsync("#Password", PlatformFactory.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync($"{address}/", new() { Timeout = 90000 });

        var menu = await page.Locator("nav.menu a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var pages = menu.Where(href => href.StartsWith('/')).Distinct().Append("/scalar/").ToList();
        pages.Count.ShouldBeGreaterThan(5);
        foreach (var path in pages)
        {
            await page.GotoAsync(address + path, new() { WaitUntil = WaitUntilState.NetworkIdle, Timeout = 90000 });
        }

        // The reference rendered the document (from /openapi/v1.json on this host), not an empty shell.
        try
        {
            await page.Locator("h1", new() { HasText = "CommunityPlatform API" }).First.WaitForAsync(new() { Timeout = 60000 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"/scalar shows no document. Console:\n{string.Join("\n", console)}");
        }

        Directory.CreateDirectory(BrowserTests.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserTests.Screenshots, "scalar-offline.png") });
        elsewhere.ShouldBeEmpty();
    }

    private bool IsHere(string url) =>
        url.StartsWith(address + "/", StringComparison.Ordinal) || url == address
        || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal);

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        await factory.DisposeAsync();
    }
}
