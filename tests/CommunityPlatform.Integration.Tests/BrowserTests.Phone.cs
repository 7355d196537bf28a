using Microsoft.Playwright;

namespace CommunityPlatform.Integration.Tests;

// Why: a community worker opens every page from a phone. The walk follows the menu the account is shown — so a module
// added later is walked without a new test — and fails on any page wider than the phone or not answered with 200.
public sealed partial class BrowserTests
{
    [Theory]
    [InlineData("tachenglu-secretary")] // every module but the market
    [InlineData("chonghua-secretary")]  // the only community with the market
    public async Task Every_menu_page_fits_a_phone(string account)
    {
        var page = await SignInAsync(account, 375, 740);
        var links = await page.Locator("nav.menu a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        links.Length.ShouldBeGreaterThan(10);

        var wide = new List<string>();
        foreach (var path in links.Distinct())
        {
            var response = await page.GotoAsync(address + path);
            response.ShouldNotBeNull().Status.ShouldBe(200, path);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 375) wide.Add($"{path}: {width} px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"phone-{account}-{path.Trim('/').Replace('/', '-')}.png") });
        }

        wide.ShouldBeEmpty(string.Join("\n", wide));
    }
}
