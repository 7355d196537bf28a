using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>What the street sees of the market (sums and counts, never the grounds), and the pages in English.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MarketScopeTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_street_sums_its_communities_markets_and_sees_no_priority_grounds_or_scores()
    {
        var street = await platform.SignInAsync("renminlu-supervisor", community: "chonghua");

        var summary = await street.GetJsonAsync<MarketSummary>("/api/market/reports/summary?scope=street");
        var round = (await street.GetJsonAsync<Paged<RoundDto>>("/api/market/rounds")).Items.Single();
        var applications = (await street.GetJsonAsync<Paged<StallApplicationDto>>($"/api/market/rounds/{round.Id}/applications?pageSize=100")).Items;
        var vendors = (await street.GetJsonAsync<Paged<VendorDto>>("/api/market/vendors?pageSize=100")).Items;

        summary.Scope.ShouldBe("street");
        // Other tests' communities may sit in the same street with the market on: chonghua's figures are the floor.
        summary.Communities.ShouldBeGreaterThanOrEqualTo(1);
        summary.Shops.ShouldBeGreaterThanOrEqualTo(286);
        summary.HeldByPriorityHouseholds.Count.ShouldBeGreaterThan(0);
        applications.ShouldAllBe(a => a.Grounds == null && a.Score == null && a.YellowCards == null);
        vendors.ShouldAllBe(v => v.HealthCertExpiresOn == null);
    }

    [Fact]
    public async Task The_market_pages_speak_english_when_asked()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "chonghua-secretary");
        await console.Client.GetAsync("/console/language?to=en&back=/");

        var home = await console.PageAsync("/market");
        var rounds = await console.PageAsync("/market/rounds");

        home.ShouldContain("Street-front shops");
        home.ShouldContain("Export ledgers (Excel)");
        rounds.ShouldContain("Recomputed from the seed: the same result as recorded.");
    }
}
