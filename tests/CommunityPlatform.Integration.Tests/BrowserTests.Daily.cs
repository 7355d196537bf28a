using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CommunityPlatform.Integration.Tests;

// Why: the console's daily flows a worker stumbled on — putting residents in households from the pages, an unknown
// resident answering raw JSON, the audit trail wider than a phone and in class names — walked as the worker does,
// on a phone and a desktop, with screenshots of the fixed pages.
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData(375, 740, "phone")]
    [InlineData(1280, 900, "desktop")]
    public async Task A_worker_adds_a_building_a_household_and_a_resident_and_moves_the_resident(int width, int height, string device)
    {
        var page = await SignInAsync("wuyijie-secretary", width, height);
        var number = "9" + Random.Shared.Next(100, 999);

        await page.GotoAsync($"{address}/residents/buildings");
        await page.ClickAsync("a[href='/residents/buildings/edit']");
        await page.FillAsync("#Form_Number", number);
        await page.FillAsync("#Form_Units", "2");
        await page.FillAsync("#Form_Floors", "6");
        await page.ClickAsync("form.card button[type=submit]");
        await page.Locator("h2", new() { HasText = $"{number}号楼" }).WaitForAsync();

        foreach (var dwelling in new[] { "1单元101", "2单元101" })
        {
            await page.ClickAsync("a[href^='/residents/households/edit?buildingId=']");
            await page.FillAsync("#Form_Dwelling", dwelling);
            await page.CheckAsync("input[name='Form.Tags'][value='Rented']");
            await page.ClickAsync("form.card button[type=submit]");
            await page.Locator("table.households td", new() { HasText = dwelling }).WaitForAsync();
        }

        (await page.Locator("table.households").TextContentAsync()).ShouldNotBeNull().ShouldContain("租户");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"buildings-{device}.png"), FullPage = true });

        // A member added from the household's row lands in that household, as its head.
        await page.Locator("table.households tr", new() { HasText = "1单元101" }).Locator("a[href^='/residents/people/edit?householdId=']").ClickAsync();
        var name = "楼栋测试" + Guid.NewGuid().ToString("N")[..4];
        await page.FillAsync("#Form_Name", name);
        await page.SelectOptionAsync("#Form_RelationToHead", "Head");
        await page.ClickAsync("form.card button[type=submit]");
        await ArriveAsync(page, "/residents/people/[0-9a-f-]{36}$");
        var card = await page.Locator("main .card").InnerTextAsync();
        card.ShouldContain($"{number}号楼 1单元101");
        card.ShouldContain("户主");
        card.ShouldContain("在住");

        // Moving: the household field of the same form.
        await page.ClickAsync("a[href^='/residents/people/edit/']");
        var other = await page.Locator("#Form_HouseholdId option", new() { HasText = $"{number}号楼 · 2单元101" }).GetAttributeAsync("value");
        await page.SelectOptionAsync("#Form_HouseholdId", other!);
        await page.ClickAsync("form.card button[type=submit]");
        await ArriveAsync(page, "/residents/people/[0-9a-f-]{36}$");
        (await page.Locator("main .card").InnerTextAsync()).ShouldContain($"{number}号楼 2单元101");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"resident-moved-{device}.png"), FullPage = true });
    }

    [Theory]
    [InlineData(375, 740, "phone")]
    [InlineData(1280, 900, "desktop")]
    public async Task An_unknown_resident_is_a_page_in_the_console_not_json(int width, int height, string device)
    {
        var page = await SignInAsync("xincun-secretary", width, height);

        var answer = await page.GotoAsync($"{address}/residents/people/{Guid.CreateVersion7()}");

        answer!.Status.ShouldBe(404);
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("居民不存在");
        (await page.Locator("nav.menu").CountAsync()).ShouldBe(1);
        (await page.Locator("main a[href='/residents/people']").CountAsync()).ShouldBe(1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"unknown-resident-{device}.png"), FullPage = true });
    }

    [Theory]
    [InlineData(375, 740, "phone")]
    [InlineData(1280, 900, "desktop")]
    public async Task The_audit_trail_fits_the_screen_speaks_Chinese_and_filters_by_act(int width, int height, string device)
    {
        var api = await AdminApiAsync("xincun");
        var someone = (await api.GetJsonAsync("/api/residents/people?pageSize=1"))["items"]![0]!.Id();
        (await api.GetAsync($"/api/residents/people/{someone}/id-number")).EnsureSuccessStatusCode();
        var page = await SignInAsync("xincun-secretary", width, height);

        await page.GotoAsync($"{address}/platform/audit");
        await page.SelectOptionAsync("#act", "Residents.IdNumberShown");
        await page.ClickAsync("form.filters button[type=submit]");

        var entries = await page.Locator(".audit-entry").AllInnerTextsAsync();
        entries.Count.ShouldBeGreaterThan(0);
        entries.ShouldAllBe(e => e.Contains("查看完整身份证号") && e.Contains("居民"));
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldNotContain("IdNumberShown");
        text.ShouldNotContain("\\u");
        Regex.IsMatch(text, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}").ShouldBeTrue();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"audit-{device}.png"), FullPage = true });
    }

    [Fact]
    public async Task In_English_the_registry_and_its_dashboard_speak_English()
    {
        var page = await SignInAsync("chonghua-secretary", 1280, 900);
        await page.ClickAsync("a.lang");
        await page.GotoAsync($"{address}/");

        var registry = await page.Locator("section.chart[data-card='In the registry']").InnerTextAsync();
        registry.ShouldContain("Households");
        (await page.Locator("main").InnerTextAsync()).ShouldContain("Profile (from the community's report)");
        (await page.Locator("section.chart[data-card='Special groups'] svg").InnerHTMLAsync()).ShouldContain("Disabled");

        await page.GotoAsync($"{address}/residents/people");
        await page.ClickAsync("main table a[href^='/residents/people/']");
        var card = await page.Locator("main .card").InnerTextAsync();
        card.ShouldNotContain("性别：");
        Regex.IsMatch(card, "Gender：(Male|Female)").ShouldBeTrue(card);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "resident-english-desktop.png"), FullPage = true });
    }
}
