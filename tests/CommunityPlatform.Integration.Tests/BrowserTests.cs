using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// The console in a real browser: Debian's Chromium driven by Playwright against the host on a local port.
/// Run by the test script when Chromium is installed (it installs it as root); screenshots are kept in TestResults.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class BrowserTests : IAsyncLifetime
{
    private readonly PlatformFactory<Program> factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string address = "";

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

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
        Directory.CreateDirectory(Screenshots);
    }

    [Fact]
    public async Task A_secretary_signs_in_sees_enabled_modules_and_the_dashboard_on_a_desktop_and_a_phone()
    {
        var page = await SignInAsync("xincun-secretary", 1280, 900);

        (await page.Locator("nav.menu").InnerTextAsync()).ShouldContain("党组织");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("新村社区");
        (await page.Locator("section.chart svg").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "dashboard-desktop.png"), FullPage = true });

        var phone = await SignInAsync("xincun-secretary", 375, 740);
        (await phone.Locator("h1").InnerTextAsync()).ShouldBe("新村社区");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        await phone.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "dashboard-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task When_the_administrator_switches_a_module_off_its_menu_entry_disappears()
    {
        var code = await NewCommunityWithSecretaryAsync("browser-sec");
        var secretary = await SignInAsync("browser-sec" + code, 1280, 900, changePassword: true);
        (await secretary.Locator("nav.menu").InnerTextAsync()).ShouldContain("党组织");

        var admin = await SignInAsync("admin", 1280, 900);
        await admin.SelectOptionAsync("#community", code);
        await admin.Locator("h1", new() { HasText = code }).WaitForAsync();
        await admin.GotoAsync($"{address}/platform/modules");
        // Switching off asks first: said no, nothing changes; said yes, the module is off.
        string? asked = null;
        void Refuse(object? _, IDialog dialog) { asked = dialog.Message; _ = dialog.DismissAsync(); }
        admin.Dialog += Refuse;
        await admin.Locator("tr[data-module=PartyOrganization] button").ClickAsync();
        asked.ShouldNotBeNull().ShouldContain("停用");
        (await admin.Locator("tr[data-module=PartyOrganization]").InnerTextAsync()).ShouldContain("已启用");
        admin.Dialog -= Refuse;
        admin.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await admin.Locator("tr[data-module=PartyOrganization] button").ClickAsync();
        await admin.Locator("tr[data-module=PartyOrganization]", new() { HasText = "未启用" }).WaitForAsync();
        await admin.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "modules-switched-off-desktop.png"), FullPage = true });

        await secretary.ReloadAsync();
        (await secretary.Locator("nav.menu").InnerTextAsync()).ShouldNotContain("党组织");

        // A bookmarked page of the module now says, in the console's frame, that the module is off here.
        var phone = await secretary.Context.NewPageAsync();
        await phone.SetViewportSizeAsync(375, 740);
        foreach (var (page, name) in new[] { (secretary, "desktop"), (phone, "phone") })
        {
            var answer = await page.GotoAsync($"{address}/party/organizations");
            answer!.Status.ShouldBe(404);
            (await page.Locator("h1").InnerTextAsync()).ShouldBe("党组织未启用");
            (await page.Locator("nav.menu").CountAsync()).ShouldBe(1);
            (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(name == "phone" ? 375 : 1280);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"module-off-{name}.png"), FullPage = true });
        }
    }

    [Fact]
    public async Task An_invalid_ID_number_shows_its_error_beside_the_field()
    {
        var page = await SignInAsync("wuyijie-secretary", 1280, 900);
        await page.GotoAsync($"{address}/residents/people/edit");
        var id = TestIds.Next();
        await page.FillAsync("#Form_Name", "浏览器测试");
        await page.FillAsync("#Form_IdNumber", id[..17] + (id[17] == '1' ? '2' : '1'));
        await page.ClickAsync("form.card button[type=submit]");

        (await page.Locator("[data-valmsg-for='Form.IdNumber']").InnerTextAsync()).ShouldContain("校验位");
    }

    [Fact]
    public async Task Importing_a_file_with_a_bad_row_shows_the_error_report()
    {
        var code = await NewCommunityWithSecretaryAsync("browser-imp");
        var page = await SignInAsync("browser-imp" + code, 1280, 900, changePassword: true);
        var file = Path.Combine(Path.GetTempPath(), $"import-{code}.xlsx");
        MiniExcel.SaveAs(file, new[]
        {
            new Dictionary<string, object?> { ["姓名"] = "好行", ["性别"] = "男", ["身份证号"] = "" },
            new Dictionary<string, object?> { ["姓名"] = "坏行", ["性别"] = "不知道", ["身份证号"] = "" },
        });

        await page.GotoAsync($"{address}/residents/import");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("form.card button[type=submit]");
        await page.WaitForSelectorAsync("#import-errors", new() { Timeout = 15000 });

        (await page.Locator("#import-errors").InnerTextAsync()).ShouldContain("性别");
        (await page.Locator("#imported").InnerTextAsync()).ShouldBe("0");
        File.Delete(file);
    }

    [Fact]
    public async Task The_console_switches_to_English_and_stays_there()
    {
        var page = await SignInAsync("chonghua-secretary", 1280, 900);
        await page.ClickAsync("a.lang");
        await page.GotoAsync($"{address}/residents/people");

        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Residents");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
    }

    [Fact]
    public async Task A_secretary_registers_a_member_records_a_meeting_keeps_a_pledge_and_the_dashboard_rate_moves()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var name = "浏览器党员" + suffix;
        await (await AdminApiAsync("xincun")).PostOkAsync("/api/residents/people", new { name });
        var page = await SignInAsync("xincun-secretary", 1280, 900);
        var before = await page.Locator("td[data-rate=member-pledges]").InnerTextAsync();

        await page.GotoAsync($"{address}/party/members/edit");
        await page.FillAsync("#resident", name);
        await page.ClickAsync("form.filters button[type=submit]");
        await page.ClickAsync($"a.choose[data-resident='{name}']");
        await page.Locator("#chosen-resident", new() { HasText = name }).WaitForAsync();
        await page.SelectOptionAsync("#Form_UnitId", await OptionValueAsync(page, "#Form_UnitId", "新村社区第1党支部"));
        await page.FillAsync("#Form_JoinedOn", "2015-07-01");
        await page.FillAsync("#Form_FullSince", "2016-07-01");
        await page.SelectOptionAsync("#Form_Category", "Retired");
        await page.FillAsync("#Form_MonthlyIncomeYuan", "3200");
        await page.ClickAsync("#member-form button[type=submit]");
        await ArriveAsync(page, "/party/members/[0-9a-f-]{36}$");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain(name);

        await page.GotoAsync($"{address}/party/meetings/edit");
        // The unit list submits itself when changed (console.js), so the page comes back with the unit's members.
        await page.SelectOptionAsync("#unitId", await OptionValueAsync(page, "#unitId", "新村社区第1党支部"));
        await page.WaitForSelectorAsync("#meeting-form");
        await page.SelectOptionAsync("#Form_Kind", "BranchMembers");
        await page.FillAsync("#Form_Topic", "浏览器测试党员大会" + suffix);
        var absent = page.Locator($"#attendance tbody tr:not([data-member='{name}'])").First;
        await absent.Locator("input[type=checkbox]").UncheckAsync();
        await absent.Locator("input[name$='AbsenceReason']").FillAsync("病假");
        (await page.Locator($"#attendance tr[data-member='{name}'] input[type=checkbox]").IsCheckedAsync()).ShouldBeTrue();
        await page.ClickAsync("#meeting-form button[type=submit]");
        await ArriveAsync(page, "/party/meetings/[0-9a-f-]{36}$");
        (await page.Locator($"#attendance tr[data-member='{name}']").InnerTextAsync()).ShouldContain("出席");
        (await page.Locator("#attendance").InnerTextAsync()).ShouldContain("病假");

        var pledge = "浏览器承诺" + suffix;
        await page.GotoAsync($"{address}/party/pledges");
        await page.SelectOptionAsync("#pledge-member", await OptionValueAsync(page, "#pledge-member", name));
        await page.SelectOptionAsync("#pledge-category", "PassingOnExperience");
        await page.FillAsync("#pledge-content", pledge);
        await page.ClickAsync("#make-pledge button[type=submit]");
        var row = page.Locator($"tr[data-pledge='{pledge}']");
        await row.Locator("summary").ClickAsync();
        await row.Locator("input[name='close.Evidence']").FillAsync("居民签字");
        await row.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"tr[data-pledge='{pledge}']")).ToContainTextAsync("已践诺");

        await page.GotoAsync($"{address}/");
        var after = await page.Locator("td[data-rate=member-pledges]").InnerTextAsync();
        after.ShouldNotBe(before);
        Counts(after).ShouldBe((Counts(before).Kept + 1, Counts(before).Made + 1));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "party-dashboard.png"), FullPage = true });

        var phone = await SignInAsync("xincun-secretary", 375, 740);
        foreach (var path in new[] { "/party/organizations", "/party/members", "/party/meetings/edit", "/party/pledges", "/party/care", "/party/dues", "/party/reports" })
        {
            await phone.GotoAsync(address + path);
            (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375, path);
        }

        await phone.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "party-reports-phone.png"), FullPage = true });
    }

    /// <summary>Waits for the page a form leads to; if the form was refused instead, says what the page said.</summary>
    private static async Task ArriveAsync(IPage page, string path)
    {
        try
        {
            await page.WaitForURLAsync(new Regex(path), new() { Timeout = 10000 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Still at {page.Url}:\n{await page.Locator("main").InnerTextAsync()}");
        }
    }

    private static (int Kept, int Made) Counts(string rate)
    {
        var match = Regex.Match(rate, @"(\d+) / (\d+)");
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    /// <summary>The value of the option whose text contains <paramref name="text"/> (unit options are indented, member options carry the unit).</summary>
    private static async Task<string> OptionValueAsync(IPage page, string select, string text) =>
        (await page.Locator($"{select} option", new() { HasText = text }).First.GetAttributeAsync("value"))!;

    [Fact]
    public async Task A_grid_worker_on_a_phone_reports_a_patrol_finding_that_the_secretary_follows_to_closure()
    {
        var secretary = await SignInAsync("wuyijie-secretary", 375, 740);
        var closureBefore = await secretary.Locator("[data-fact=grid-closure]").InnerTextAsync();

        var worker = await SignInAsync("wuyijie-gridworker", 375, 740);
        await worker.GotoAsync($"{address}/grid/grids");
        await worker.Locator("main ul.card a").First.ClickAsync();
        await worker.Locator("#patrol-form").WaitForAsync();
        (await worker.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        await worker.FillAsync("#finding", "浏览器测试：楼道灯损坏");
        await worker.SelectOptionAsync("#kind", "Facilities");
        await worker.CheckAsync("#raise-event");
        await worker.ClickAsync("#patrol-form button[type=submit]");
        (await worker.Locator("#grid-message").InnerTextAsync()).ShouldContain("事件");
        await worker.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "grid-worker-phone.png"), FullPage = true });

        await secretary.GotoAsync($"{address}/grid/events");
        await secretary.Locator("main .event a", new() { HasText = "浏览器测试：楼道灯损坏" }).ClickAsync();
        var eventUrl = secretary.Url;
        await Act(secretary, "Accept");
        var post = await secretary.Locator("#staff option", new() { HasText = "（网格员）" }).First.GetAttributeAsync("value");
        await secretary.SelectOptionAsync("#staff", post!);
        await Act(secretary, "Assign");

        await worker.GotoAsync(eventUrl);
        await Act(worker, "Start");
        await Act(worker, "Resolve");
        (await worker.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);

        await secretary.GotoAsync(eventUrl);
        await Act(secretary, "Close");
        (await secretary.Locator("#event-state").InnerTextAsync()).ShouldBe("已结案");

        await secretary.GotoAsync($"{address}/");
        (await secretary.Locator("[data-fact=grid-closure]").InnerTextAsync()).ShouldNotBe(closureBefore);
        await secretary.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "grid-dashboard-phone.png"), FullPage = true });

        // The grid's signboard opens without an account.
        var anonymous = await (await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 740 }, Locale = "zh-CN" })).NewPageAsync();
        await anonymous.GotoAsync($"{address}/grid/signboards/wuyijie-3-01");
        (await anonymous.Locator("h1").InnerTextAsync()).ShouldBe("民情网格牌");
    }

    [Fact]
    public async Task The_streets_display_account_shows_the_big_screen_at_1920x1080_and_it_refreshes_itself()
    {
        // The street makes its display account, as a street action.
        var street = factory.CreateClient();
        var token = await (await street.PostAsJsonAsync("/api/account/token", new { userName = "renminlu-supervisor", password = PlatformFactory.Password })).JsonAsync();
        street.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        var userName = "screen" + Guid.NewGuid().ToString("N")[..8];
        await street.PostOkAsync("/api/identity/displays", new { userName, password = PlatformFactory.Password });

        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{address}/account/signin");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", PlatformFactory.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync($"{address}/account/password");
        await page.FillAsync("#CurrentPassword", PlatformFactory.Password);
        await page.FillAsync("#NewPassword", "Screen#2026xy");
        await page.ClickAsync("main form button[type=submit]");
        // Wherever it goes, a display account lands on the screen.
        await page.WaitForURLAsync($"{address}/screen", new() { Timeout = 90000 });
        await page.GotoAsync($"{address}/platform/audit");
        page.Url.ShouldBe($"{address}/screen");

        await page.GotoAsync($"{address}/screen?every=5");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("街道社区治理大屏");
        (await page.Locator("tr[data-community=wuyijie]").CountAsync()).ShouldBe(1);
        (await page.Locator("tr[data-community=xincun]").CountAsync()).ShouldBe(0);
        (await page.Locator("[data-total='grid.open']").InnerTextAsync()).ShouldNotBeNullOrWhiteSpace();
        (await page.Locator("#screen-feed li").CountAsync()).ShouldBeGreaterThan(0);
        // It refreshes itself without reloading: the same document, redrawn in place.
        await page.EvaluateAsync("window.sameDocument = true");
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-refreshed", "1", new() { Timeout = 60000 });
        (await page.EvaluateAsync<bool>("window.sameDocument === true")).ShouldBeTrue();
        (await page.EvaluateAsync<int>("document.documentElement.scrollHeight")).ShouldBeLessThanOrEqualTo(1080);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "big-screen-1920x1080.png") });
    }

    [Fact]
    public async Task The_city_lands_on_the_overview_of_its_communities()
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{address}/account/signin");
        await page.FillAsync("#UserName", "admin");
        await page.FillAsync("#Password", PlatformFactory.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync($"{address}/overview", new() { Timeout = 90000 });
        foreach (var code in new[] { "xincun", "chonghua", "tachenglu", "oufengliyuan", "wuyijie" })
            (await page.Locator($"#overview-ranking tr[data-community={code}]").CountAsync()).ShouldBe(1);
        await page.ClickAsync("a[data-sort='party.members']");
        await page.WaitForURLAsync(new Regex("sort=party.members"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "city-overview.png"), FullPage = true });
    }

    private static async Task Act(IPage page, string action)
    {
        var before = await page.Locator("#event-state").InnerTextAsync();
        await page.ClickAsync($"#action-{action} button[type=submit]");
        await Assertions.Expect(page.Locator("#event-state")).Not.ToHaveTextAsync(before);
    }

    private async Task<IPage> SignInAsync(string userName, int width, int height, bool changePassword = false)
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{address}/account/signin");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", PlatformFactory.Password);
        await page.ClickAsync("main form button[type=submit]");
        if (changePassword)
        {
            await page.WaitForURLAsync($"{address}/account/password");
            await page.FillAsync("#CurrentPassword", PlatformFactory.Password);
            await page.FillAsync("#NewPassword", "Browser#2026");
            await page.ClickAsync("main form button[type=submit]");
        }

        try
        {
            // The first dashboard of a fresh host builds every module's model: generous on a busy machine.
            // A community account lands on its dashboard, a street or city account on the overview of its communities.
            await page.WaitForURLAsync(new Regex("^" + Regex.Escape(address) + "/(overview)?$"), new() { Timeout = 90000 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{userName} did not reach the dashboard: {page.Url}\n{await page.Locator("main").InnerTextAsync()}");
        }

        return page;
    }

    /// <summary>A fresh community with the Party module on and a secretary named prefix+code, made through the API.</summary>
    private async Task<string> NewCommunityWithSecretaryAsync(string prefix)
    {
        var api = await AdminApiAsync(null);
        var street = (await api.GetJsonAsync("/api/platform/streets")).AsArray()[0]!;
        var code = "b" + Guid.NewGuid().ToString("N")[..8];
        await api.PostOkAsync("/api/platform/communities", new { code, name = $"浏览器社区{code}", streetId = street.Id(), modules = new[] { "PartyOrganization" } });
        api.DefaultRequestHeaders.Add("X-Community", code);
        await api.PostOkAsync("/api/identity/users", new { userName = prefix + code, password = PlatformFactory.Password, roles = new[] { "secretary" } });
        return code;
    }

    /// <summary>The city administrator's API client, for a community when <paramref name="community"/> names one.</summary>
    private async Task<HttpClient> AdminApiAsync(string? community)
    {
        var api = factory.CreateClient();
        var token = await (await api.PostAsJsonAsync("/api/account/token", new { userName = "admin", password = PlatformFactory.Password })).JsonAsync();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        if (community is not null) api.DefaultRequestHeaders.Add("X-Community", community);
        return api;
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        factory.Dispose();
    }
}
