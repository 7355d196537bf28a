using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CommunityPlatform.Application;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace CommunityPlatform.PartyOrganization.Tests;

/// <summary>
/// The Party gaps of issue 18 walked in Debian's Chromium as the community's secretary does them, on a desktop and a
/// 375 px phone, in Chinese and in English. Screenshots are kept in TestResults/screenshots.
/// </summary>
[Trait("Category", "Browser")]
public sealed partial class PartyBrowserTests(PartyBrowser host) : IClassFixture<PartyBrowser>
{
    private string Address => host.Address;

    [Fact]
    public async Task A_secretary_finds_members_by_name_page_by_page()
    {
        foreach (var (width, english) in new[] { (1280, false), (375, true) })
        {
            var page = await host.SignInAsync("xincun-secretary", width, english);
            await page.GotoAsync($"{Address}/party/members");
            var first = await page.Locator("#members tbody tr td a").First.InnerTextAsync();
            var term = first[..1];
            await page.FillAsync("#search", term);
            await page.ClickAsync("#member-search button[type=submit]");
            await page.WaitForURLAsync(new Regex("search="));
            var names = await page.Locator("#members tbody tr td:first-child a").AllInnerTextsAsync();
            names.ShouldNotBeEmpty();
            names.ShouldAllBe(n => n.Contains(term));
            int.Parse(await page.Locator("#total").InnerTextAsync()).ShouldBeLessThan(205);
            (await page.Locator("label[for=search]").InnerTextAsync()).ShouldBe(english ? "Name" : "姓名");
            await host.ShouldFitAsync(page, width);
            await host.ShotAsync(page, $"party-member-search-{width}");
        }
    }

    [Fact]
    public async Task A_secretary_sets_a_branch_committee_and_a_group_leader_and_both_pages_show_them()
    {
        var page = await host.SignInAsync("wuyijie-secretary", 1280, english: false);
        await page.GotoAsync($"{Address}/party/organizations");
        await page.Locator("#tree tr", new() { HasText = "党支部" }).Locator("a").First.ClickAsync();
        await page.Locator("#team-form").WaitForAsync();
        var secretary = await ChooseAsync(page, "#secretary", 3);
        await page.SelectOptionAsync("#deputy", "");
        var boxes = page.Locator("#committee-members input[type=checkbox]");
        for (var i = 0; i < await boxes.CountAsync(); i++) await boxes.Nth(i).UncheckAsync();
        await boxes.Nth(5).CheckAsync();
        await boxes.Nth(6).CheckAsync();
        await page.ClickAsync("#team-form button[type=submit]");
        await Assertions.Expect(page.Locator("#team-table tr[data-post=Secretary]")).ToContainTextAsync(secretary);
        (await page.Locator("#team-table tr[data-post=CommitteeMember]").CountAsync()).ShouldBe(2);
        await host.ShotAsync(page, "party-unit-team-desktop");
        await page.GotoAsync($"{Address}/party/organizations");
        (await page.Locator("#tree tr", new() { HasText = "党支部" }).Locator("td[data-lead]").First.InnerTextAsync()).ShouldBe(secretary);

        var phone = await host.SignInAsync("wuyijie-secretary", 375, english: true);
        await phone.GotoAsync($"{Address}/party/organizations");
        await phone.Locator("#tree tr", new() { HasText = "第2网格党小组" }).Locator("a").First.ClickAsync();
        await phone.Locator("#team-form").WaitForAsync();
        (await phone.Locator("h2#team").InnerTextAsync()).ShouldBe("Group leader");
        var leader = await ChooseAsync(phone, "#leader", 2);
        await phone.ClickAsync("#team-form button[type=submit]");
        await Assertions.Expect(phone.Locator("#team-table tr[data-post=GroupLeader]")).ToContainTextAsync(leader);
        await host.ShouldFitAsync(phone, 375);
        await host.ShotAsync(phone, "party-unit-leader-phone");
        await phone.GotoAsync($"{Address}/party/organizations");
        (await phone.Locator("#tree tr", new() { HasText = "第2网格党小组" }).Locator("td[data-lead]").InnerTextAsync()).ShouldBe(leader);
    }

    [Fact]
    public async Task A_grid_party_group_shows_its_grid_and_the_secretary_links_it_to_another()
    {
        var page = await host.SignInAsync("wuyijie-secretary", 1280, english: false);
        await page.GotoAsync($"{Address}/party/organizations");
        (await page.Locator("#tree tr", new() { HasText = "第1网格党小组" }).Locator("[data-grid]").InnerTextAsync()).ShouldStartWith("对应网格：");
        await page.Locator("#tree tr", new() { HasText = "第3网格党小组" }).Locator("a").First.ClickAsync();
        var before = await page.Locator("#grid-name").InnerTextAsync();
        var chosen = await ChooseAsync(page, "#gridId", 1);
        await page.ClickAsync("#grid-form button[type=submit]");
        await Assertions.Expect(page.Locator("#grid-name")).ToHaveTextAsync(chosen);
        (await page.Locator("#grid-name").InnerTextAsync()).ShouldNotBe(before);
        await host.ShotAsync(page, "party-group-grid-desktop");

        var phone = await host.SignInAsync("wuyijie-secretary", 375, english: true);
        await phone.GotoAsync($"{Address}/party/organizations");
        await phone.Locator("#tree tr", new() { HasText = "第3网格党小组" }).Locator("a").First.ClickAsync();
        (await phone.Locator("h2#grid").InnerTextAsync()).ShouldBe("Grid served");
        (await phone.Locator("#grid-name").InnerTextAsync()).ShouldBe(chosen);
        await host.ShouldFitAsync(phone, 375);
    }

    [Fact]
    public async Task The_pledge_report_answers_for_the_last_two_years_when_asked()
    {
        var twoYearsAgo = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddYears(-2).ToString("yyyy-MM-dd");
        foreach (var (width, english) in new[] { (1280, false), (375, true) })
        {
            var page = await host.SignInAsync("xincun-secretary", width, english);
            await page.GotoAsync($"{Address}/party/reports");
            var lastYear = await page.Locator("#pledge-rates tbody tr").Nth(1).InnerTextAsync();
            await page.FillAsync("#from", twoYearsAgo);
            await page.ClickAsync("form.filters button[type=submit]");
            await page.WaitForURLAsync(new Regex("from=" + twoYearsAgo));
            (await page.Locator("#pledge-rates tbody tr").Nth(1).InnerTextAsync()).ShouldContain("546 / 569 = 96.0%");
            lastYear.ShouldNotContain("546 / 569");
            (await page.Locator("#pledge-period").InnerTextAsync()).ShouldContain(twoYearsAgo);
            (await page.Locator("label[for=from]").InnerTextAsync()).ShouldBe(english ? "Pledges: from" : "承诺：自");
            await host.ShouldFitAsync(page, width);
            await host.ShotAsync(page, $"party-pledge-period-{width}");
        }
    }

    [Fact]
    public async Task Recording_a_committee_meeting_rolls_the_committee_not_every_member()
    {
        var page = await host.SignInAsync("xincun-secretary", 1280, english: false);
        await page.GotoAsync($"{Address}/party/meetings/edit");
        await page.SelectOptionAsync("#unitId", await OptionValueAsync(page, "#unitId", "新村社区第2党支部"));
        await page.WaitForSelectorAsync("#meeting-form");
        var everyone = await page.Locator("#attendance tbody tr").CountAsync();
        await page.SelectOptionAsync("#kind", "BranchCommittee");
        await Assertions.Expect(page.Locator("#roll-count")).ToHaveTextAsync("（5）");
        everyone.ShouldBeGreaterThan(5);
        await page.FillAsync("#Form_Topic", "浏览器支委会" + Guid.NewGuid().ToString("N")[..4]);
        await page.ClickAsync("#meeting-form button[type=submit]");
        await page.WaitForURLAsync(new Regex("/party/meetings/[0-9a-f-]{36}$"));
        (await page.Locator("#attendance tbody tr").CountAsync()).ShouldBe(5);
        await host.ShotAsync(page, "party-committee-meeting-desktop");

        var phone = await host.SignInAsync("xincun-secretary", 375, english: true);
        await phone.GotoAsync($"{Address}/party/meetings/edit");
        await phone.SelectOptionAsync("#unitId", await OptionValueAsync(phone, "#unitId", "新村社区第3党支部"));
        await phone.WaitForSelectorAsync("#meeting-form");
        await phone.SelectOptionAsync("#kind", "BranchCommittee");
        await Assertions.Expect(phone.Locator("#meeting-form h2")).ToContainTextAsync("Committee attendance");
        (await phone.Locator("#attendance tbody tr").CountAsync()).ShouldBe(5);
        await host.ShouldFitAsync(phone, 375);
        await host.ShotAsync(phone, "party-committee-meeting-phone");
    }

    [Fact]
    public async Task Every_register_downloads_as_a_workbook_of_its_figures_and_prints()
    {
        var page = await host.SignInAsync("xincun-secretary", 1280, english: false);
        var expected = new Dictionary<string, int> { ["members"] = 205, ["pledges"] = 631 };
        foreach (var (path, register) in new[] { ("/party/members", "members"), ("/party/pledges", "pledges"), ("/party/meetings", "meetings"), ("/party/dues", "dues"), ("/party/reports", "report-in"), ("/party/reports", "reports") })
        {
            await page.GotoAsync(Address + path);
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"a[data-export='{register}']"));
            download.SuggestedFilename.ShouldEndWith(".xlsx");
            var file = Path.Combine(Path.GetTempPath(), $"{register}-{Guid.NewGuid():N}.xlsx");
            await download.SaveAsAsync(file);
            var sheets = MiniExcel.GetSheetNames(file);
            var rows = MiniExcel.Query(file, useHeaderRow: true, sheetName: sheets[^1]).Count();
            if (expected.TryGetValue(register, out var count)) rows.ShouldBe(count, register);
            else rows.ShouldBeGreaterThan(0, register);
            File.Delete(file);

            await page.GotoAsync(Address + path);
            await page.ClickAsync($"a[data-print='{register}']");
            await page.WaitForURLAsync(new Regex($"/party/registers/{register}"));
            (await page.Locator("table.print tbody tr").CountAsync()).ShouldBeGreaterThan(0, register);
        }

        await page.GotoAsync($"{Address}/party/registers/members");
        (await page.Locator("table.print tbody tr").CountAsync()).ShouldBe(205);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator("nav.menu").IsVisibleAsync()).ShouldBeFalse();
        await host.ShotAsync(page, "party-register-print");

        var phone = await host.SignInAsync("xincun-secretary", 375, english: true);
        await phone.GotoAsync($"{Address}/party/members");
        (await phone.Locator("a[data-export=members]").InnerTextAsync()).ShouldBe("Export to Excel");
        await phone.ClickAsync("a[data-print=members]");
        await phone.WaitForURLAsync(new Regex("/party/registers/members"));
        (await phone.Locator("h1").InnerTextAsync()).ShouldBe("Member register");
        await host.ShouldFitAsync(phone, 375);
    }

    [Fact]
    public async Task Units_show_in_the_order_people_count_them()
    {
        var code = await host.NewCommunityAsync();
        var api = await host.AdminApiAsync(code);
        var top = (await api.PostOkAsync("/api/party/organizations", new { name = "测试党总支", kind = "generalBranch" })).Id();
        foreach (var n in new[] { 10, 2, 1, 11, 3 }) await api.PostOkAsync("/api/party/organizations", new { name = $"第{n}党支部", kind = "branch", parentId = top });

        foreach (var (width, english) in new[] { (1280, false), (375, true) })
        {
            var page = await host.SignInAsync($"{code}-secretary", width, english);
            await page.GotoAsync($"{Address}/party/organizations");
            var units = await page.Locator("#tree tr[data-unit]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.unit)");
            units.Where(u => u.StartsWith('第')).ShouldBe(["第1党支部", "第2党支部", "第3党支部", "第10党支部", "第11党支部"]);
            await page.GotoAsync($"{Address}/party/members");
            var options = await page.Locator("#unitId option").AllInnerTextsAsync();
            options.Select(o => o.Trim('\u3000')).Where(o => o.StartsWith('第')).ShouldBe(["第1党支部", "第2党支部", "第3党支部", "第10党支部", "第11党支部"]);
            await host.ShouldFitAsync(page, width);
        }
    }

    [Fact]
    public async Task The_party_pages_in_chinese_show_no_english_words()
    {
        var api = await host.AdminApiAsync("wuyijie");
        var units = await api.GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations");
        var pages = new List<string>
        {
            "/party/organizations", "/party/members", "/party/meetings", "/party/meetings/edit", "/party/pledges", "/party/reviews", "/party/care",
            "/party/joint-units", "/party/dues", "/party/reports", "/party/members/plaques", "/party/registers/members", "/party/registers/reports",
            $"/party/organizations/{units.First(u => u.Kind == UnitKind.Branch).Id}", $"/party/organizations/{units.First(u => u.Kind == UnitKind.Group).Id}",
        };
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await host.SignInAsync("wuyijie-secretary", width, english: false);
            foreach (var path in pages)
            {
                await page.GotoAsync(Address + path);
                var text = await page.Locator("main").InnerTextAsync();
                var words = EnglishWord().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w)).Distinct().ToList();
                words.ShouldBeEmpty($"{path}: {string.Join(", ", words)}");
                await host.ShouldFitAsync(page, width);
            }
        }

        var english = await host.SignInAsync("wuyijie-secretary", 1280, english: true);
        await english.GotoAsync($"{Address}/party/members");
        (await english.Locator("h1").InnerTextAsync()).ShouldBe("Party members");
    }

    /// <summary>Words a Chinese page may carry: the file format's name.</summary>
    private static readonly HashSet<string> Allowed = ["Excel", "Ctrl"];

    /// <summary>Chooses the n-th option of a select and returns its text.</summary>
    private static async Task<string> ChooseAsync(IPage page, string select, int index)
    {
        var option = page.Locator($"{select} option").Nth(index);
        var value = await option.GetAttributeAsync("value");
        await page.SelectOptionAsync(select, value!);
        return (await option.InnerTextAsync()).Split(" · ")[0].Trim();
    }

    private static async Task<string> OptionValueAsync(IPage page, string select, string text) =>
        (await page.Locator($"{select} option", new() { HasText = text }).First.GetAttributeAsync("value"))!;

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex EnglishWord();
}

/// <summary>The host on a real port and one Chromium for the Party browser tests.</summary>
public sealed class PartyBrowser : IAsyncLifetime
{
    private readonly PlatformFactory<Program> factory = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Accounts made for a test sign in first with the initial password, then with the one they set.</summary>
    private readonly HashSet<string> passwordSet = [];

    public string Address { get; private set; } = "";

    private const string NewPassword = "Browser#2026p";

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        factory.UseKestrel(0);
        factory.StartServer();
        Address = factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>Signs in on a fresh browser context of the given width; <paramref name="english"/> switches the console to English.</summary>
    public async Task<IPage> SignInAsync(string userName, int width, bool english)
    {
        var context = await browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = width < 500 ? 740 : 900 }, Locale = "zh-CN", AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{Address}/account/signin");
        await page.FillAsync("#UserName", userName);
        await page.FillAsync("#Password", passwordSet.Contains(userName) ? NewPassword : PlatformFactory.Password);
        await page.ClickAsync("main form button[type=submit]");
        if (!passwordSet.Contains(userName) && await WaitForAsync(page, "/account/password"))
        {
            passwordSet.Add(userName);
            await page.FillAsync("#CurrentPassword", PlatformFactory.Password);
            await page.FillAsync("#NewPassword", NewPassword);
            await page.ClickAsync("main form button[type=submit]");
        }

        try
        {
            // The first dashboard of a fresh host builds every module's model: generous on a busy machine.
            await page.WaitForURLAsync(new Regex("^" + Regex.Escape(Address) + "/$"), new() { Timeout = 90000 });
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{userName} did not reach the dashboard: {page.Url}\n{await page.Locator("main").InnerTextAsync()}");
        }

        if (english) await page.GotoAsync($"{Address}/console/language?to=en&back=/");
        return page;
    }

    public async Task ShouldFitAsync(IPage page, int width) =>
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width, page.Url);

    public Task ShotAsync(IPage page, string name) => page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });

    /// <summary>A fresh community with the Party module and its secretary <c>&lt;code&gt;-secretary</c>, who must set a password first.</summary>
    public async Task<string> NewCommunityAsync()
    {
        var api = await AdminApiAsync(null);
        var street = (await api.GetJsonAsync("/api/platform/streets")).AsArray()[0]!;
        var code = "p" + Guid.NewGuid().ToString("N")[..8];
        await api.PostOkAsync("/api/platform/communities", new { code, name = $"浏览器社区{code}", streetId = street.Id(), modules = new[] { "PartyOrganization" } });
        api.DefaultRequestHeaders.Add("X-Community", code);
        await api.PostOkAsync("/api/identity/users", new { userName = $"{code}-secretary", password = PlatformFactory.Password, roles = new[] { "secretary" } });
        return code;
    }

    public async Task<HttpClient> AdminApiAsync(string? community)
    {
        var api = factory.CreateClient();
        var token = await (await api.PostAsJsonAsync("/api/account/token", new { userName = "admin", password = PlatformFactory.Password })).JsonAsync();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));
        if (community is not null) api.DefaultRequestHeaders.Add("X-Community", community);
        return api;
    }

    private static async Task<bool> WaitForAsync(IPage page, string path)
    {
        try
        {
            await page.WaitForURLAsync(new Regex(Regex.Escape(path) + "$|/$"), new() { Timeout = 90000 });
            return page.Url.EndsWith(path, StringComparison.Ordinal);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        factory.Dispose();
    }
}
