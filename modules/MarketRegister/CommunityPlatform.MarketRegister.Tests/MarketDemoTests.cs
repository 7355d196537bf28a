using System.Net;
using System.Text.RegularExpressions;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>重华's market as its report tells it, and no market anywhere else.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MarketDemoTests(PlatformFixture platform)
{
    [Fact]
    public async Task Chonghua_secretary_sees_286_shops_and_the_stalls_of_guohuai_street_market()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");

        var summary = await secretary.GetJsonAsync<MarketSummary>("/api/market/reports/summary");
        var market = (await secretary.GetJsonAsync<List<MarketDto>>("/api/market/markets")).ShouldHaveSingleItem();

        summary.Shops.ShouldBe(286);
        summary.Stalls.ShouldBe(120);
        summary.LetStalls.ShouldBe(120);
        summary.ByZone.Count.ShouldBe(4);
        summary.Complaints.ShouldBeGreaterThan(20);
        summary.ComplaintsClosed.ShouldBeGreaterThan(10);
        summary.ComplaintsSentToGrid.ShouldBeGreaterThan(0);
        market.Name.ShouldBe("国槐街集贸市场");
        market.RenovationFen.ShouldBeGreaterThanOrEqualTo(100_000_00);
    }

    [Fact]
    public async Task The_other_demo_communities_have_the_market_off()
    {
        foreach (var code in new[] { "xincun", "tachenglu", "oufengliyuan", "wuyijie" })
            await (await (await platform.SecretaryOfAsync(code)).GetAsync("/api/market/reports/summary")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
    }

    [Fact]
    public async Task The_demo_round_recomputed_from_its_seed_gives_the_same_winners_mostly_residents_and_low_income()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");
        var round = (await secretary.GetJsonAsync<Paged<RoundDto>>("/api/market/rounds")).Items.ShouldHaveSingleItem();

        var again = await secretary.GetJsonAsync<RecomputedAllocationDto>($"/api/market/rounds/{round.Id}/recomputation");
        var summary = await secretary.GetJsonAsync<MarketSummary>("/api/market/reports/summary");

        round.State.ShouldBe(RoundState.Let);
        again.Seed.ShouldBe(round.Seed);
        again.SameAsRecorded.ShouldBeTrue();
        again.Recomputed.ShouldBe(again.Recorded);
        again.Recorded.Count(l => l.StallId is not null).ShouldBe(120);
        summary.HeldByResidents.Percent.ShouldBeGreaterThan(50m);
        summary.HeldByPriorityHouseholds.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_public_notice_shows_masked_names_stall_rank_and_lottery_order_never_score_or_grounds()
    {
        var secretary = await platform.SecretaryOfAsync("chonghua");
        var round = (await secretary.GetJsonAsync<Paged<RoundDto>>("/api/market/rounds")).Items.ShouldHaveSingleItem();
        var names = new List<string>();
        for (var page = 1; page <= 2; page++)
            names.AddRange((await secretary.GetJsonAsync<Paged<StallApplicationDto>>($"/api/market/rounds/{round.Id}/applications?pageSize=100&page={page}")).Items.Select(a => a.Name));

        var response = await platform.Anonymous().GetAsync($"/api/market/public/notices/{round.Code}");
        var raw = await response.Content.ReadAsStringAsync();
        var notice = await response.ReadJsonAsync<PublicNoticeDto>();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        notice.Winners.Count.ShouldBe(120);
        notice.WaitingList.ShouldNotBeEmpty();
        notice.Winners.Concat(notice.WaitingList).ShouldAllBe(l => Regex.IsMatch(l.Name, "^[^*]\\*+$"));
        raw.ShouldNotContain("score", Case.Insensitive);
        raw.ShouldNotContain("ground", Case.Insensitive);
        raw.ShouldNotContain("lowIncome", Case.Insensitive);
        raw.ShouldNotContain("低保");
        names.Count.ShouldBe(136);
        names.Where(n => n.Length > 1).ShouldAllBe(n => !raw.Contains(n));
        (ChinaWorkdaysBetween(notice.NoticeFrom, notice.NoticeUntil)).ShouldBeGreaterThanOrEqualTo(5);
    }

    private static int ChinaWorkdaysBetween(DateOnly from, DateOnly until)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= until; d = d.AddDays(1))
            if (ChinaWorkdays.IsWorkingDay(d)) count++;
        return count;
    }
}
