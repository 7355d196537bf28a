using System.Net;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>The console's market pages, the dashboard card, the Excel ledger, and the two public pages.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MarketPageTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_secretary_reads_the_market_its_allocation_its_vendors_and_shops_and_the_dashboard_card()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "chonghua-secretary");

        var home = await console.PageAsync("/market");
        var rounds = await console.PageAsync("/market/rounds");
        var vendors = await console.PageAsync("/market/vendors");
        var badges = await console.PageAsync("/market/vendors?print=badges");
        var shops = await console.PageAsync("/market/shops");
        var complaints = await console.PageAsync("/market/complaints");
        var dashboard = await console.PageAsync("/");

        home.ShouldContain("国槐街集贸市场");
        home.ShouldContain("id=\"fact-shops\">286<");
        home.ShouldContain("<svg");
        rounds.ShouldContain("id=\"recomputed\" class=\"notice\"");
        vendors.ShouldContain("id=\"expiring\"");
        badges.ShouldContain("data:image/png;base64,");
        shops.ShouldContain("id=\"shop-total\">286<");
        complaints.ShouldContain("complaint-form");
        dashboard.ShouldContain("data-fact=\"market-shops\">286<");
        dashboard.ShouldContain("/market/rounds");
    }

    [Fact]
    public async Task The_ledger_exports_to_excel_and_a_complaint_is_taken_through_the_form()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");
        var file = await secretary.GetAsync("/api/market/ledger.xlsx");
        var bytes = await file.Content.ReadAsByteArrayAsync();
        var console = await ConsoleSession.SignInAsync(platform.Factory, "chonghua-market");
        var market = (await secretary.GetJsonAsync<List<MarketDto>>("/api/market/markets")).Single();

        var taken = await console.SubmitAsync("/market/complaints", new()
        {
            ["Complaint.MarketId"] = market.Id.ToString(), ["Complaint.Kind"] = "Price", ["Complaint.Channel"] = "Desk",
            ["Complaint.ComplainantName"] = "页面投诉人", ["Complaint.Description"] = "页面测试：价格不符",
        });

        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        bytes[..2].ShouldBe("PK"u8.ToArray());
        taken.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await console.PageAsync("/market/complaints")).ShouldContain("页面测试：价格不符");
    }

    [Fact]
    public async Task The_notice_and_a_badge_card_open_without_an_account()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");
        var round = (await secretary.GetJsonAsync<Paged<RoundDto>>("/api/market/rounds")).Items.Single();
        var vendor = (await secretary.GetJsonAsync<Paged<VendorDto>>("/api/market/vendors?pageSize=1")).Items.Single();
        var stranger = ConsoleSession.Open(platform.Factory);

        var notice = await stranger.PageAsync($"/market/notices/{round.Code}");
        var badge = await stranger.PageAsync($"/market/badges/{vendor.BadgeNumber}");
        await stranger.PageAsync("/market/badges/chonghua-XK-9999", HttpStatusCode.NotFound);
        await stranger.PageAsync("/market/notices/xincun-2026-1", HttpStatusCode.NotFound);

        notice.ShouldContain("id=\"winners\"");
        notice.ShouldNotContain(vendor.Name);
        badge.ShouldContain($"id=\"badge-name\">{vendor.Name[..1]}*");
    }
}
