using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>A round from announcement to notice: scores from the registry and the weights, the new vendors' share, the seed, objections.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RoundTests(PlatformFixture platform)
{
    [Fact]
    public async Task Residents_and_low_income_rank_first_a_new_vendor_keeps_a_share_and_the_seed_recomputes_the_result()
    {
        var scene = await MarketScene.CreateAsync(platform, stalls: 10);
        var round = (await scene.RoundAsync(10)).As<RoundDto>();
        var poor = await scene.ResidentAsync("王低保", "lowIncome");
        var plain = await scene.ResidentAsync("李居民");
        await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/applications", new { residentId = poor, phone = "13900000001", goods = "蔬菜" });
        await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/applications", new { residentId = plain, phone = "13900000002", goods = "蔬菜", preferredZone = "水产" });
        for (var i = 0; i < 12; i++)
            await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/applications", new { name = $"外来{i}号", idNumber = TestIds.Next(), phone = "13900000003", goods = "水果" });
        await (await scene.Admin.PostAsJsonAsync($"/api/market/rounds/{round.Id}/applications", new { residentId = poor, phone = "13900000001", goods = "蔬菜" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Market.AlreadyApplied");

        round = await scene.Admin.GetJsonAsync<RoundDto>($"/api/market/rounds/{round.Id}");
        var ranked = (await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/ranking", new { seed = "test-seed-1", concurrencyStamp = round.ConcurrencyStamp }, HttpStatusCode.OK)).As<RoundDto>();
        var applications = (await scene.Admin.GetJsonAsync<Paged<StallApplicationDto>>($"/api/market/rounds/{round.Id}/applications?pageSize=100")).Items;
        var again = await scene.Admin.GetJsonAsync<RecomputedAllocationDto>($"/api/market/rounds/{round.Id}/recomputation");

        ranked.Seed.ShouldBe("test-seed-1");
        var first = applications.Single(a => a.Rank == 1);
        first.ResidentId.ShouldBe(Guid.Parse(poor));
        first.Score.ShouldBe(70);
        first.Grounds.ShouldBe([PriorityGround.Resident, PriorityGround.LowIncome]);
        applications.Single(a => a.Rank == 2).Score.ShouldBe(40);
        applications.Single(a => a.Rank == 2).StallNumber.ShouldBe("A02");
        applications.Count(a => a.Outcome == ApplicationOutcome.Won).ShouldBe(10);
        applications.Where(a => a.Outcome == ApplicationOutcome.Waiting).Select(a => a.WaitingPosition).ShouldBe([1, 2, 3, 4]);
        applications.Where(a => a.IdNumber is not null).ShouldAllBe(a => a.IdNumber!.Contains("********"));
        again.SameAsRecorded.ShouldBeTrue();
    }

    [Fact]
    public async Task The_notice_runs_five_working_days_objections_are_answered_and_an_upheld_one_withdraws_it()
    {
        var scene = await MarketScene.CreateAsync(platform, stalls: 2);
        var round = (await scene.RoundAsync(2)).As<RoundDto>();
        var applied = (await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/applications", new { name = "赵外来", idNumber = TestIds.Next(), phone = "13900000004", goods = "豆腐" })).As<StallApplicationDto>();
        round = await scene.Admin.GetJsonAsync<RoundDto>($"/api/market/rounds/{round.Id}");
        round = (await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/ranking", new { concurrencyStamp = round.ConcurrencyStamp }, HttpStatusCode.OK)).As<RoundDto>();
        round = (await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/notice", new { concurrencyStamp = round.ConcurrencyStamp }, HttpStatusCode.OK)).As<RoundDto>();

        var notice = await platform.Anonymous().GetJsonAsync<PublicNoticeDto>($"/api/market/public/notices/{round.Code}");
        await (await scene.Admin.PostAsJsonAsync($"/api/market/rounds/{round.Id}/letting", new { concurrencyStamp = round.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Market.NoticeNotOver");
        var objection = (await scene.Admin.PostOkAsync($"/api/market/rounds/{round.Id}/objections", new { applicationId = applied.Id, raisedBy = "钱某", text = "该商户已有门店" })).As<ObjectionDto>();
        await scene.Admin.PutAsJsonAsync($"/api/market/rounds/{round.Id}/objections/{objection.Id}", new { answer = "经核实属实", upheld = true, concurrencyStamp = objection.ConcurrencyStamp });
        var after = await scene.Admin.GetJsonAsync<RoundDto>($"/api/market/rounds/{round.Id}");

        round.Seed.ShouldNotBeNullOrEmpty();
        notice.Winners.ShouldHaveSingleItem().Name.ShouldBe("赵**");
        ChinaWorkdays.Add(notice.NoticeFrom, 5).ShouldBe(notice.NoticeUntil);
        after.State.ShouldBe(RoundState.Ranked);
        after.Decisions.Last().Reason.ShouldNotBeNull().ShouldContain("经核实属实");
        await (await platform.Anonymous().GetAsync($"/api/market/public/notices/{round.Code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Market.NoticeNotFound");
    }

    [Fact]
    public async Task A_community_sets_its_own_weights_once_and_a_stale_change_is_409()
    {
        var scene = await MarketScene.CreateAsync(platform, stalls: 1);
        var defaults = await scene.Admin.GetJsonAsync<ScoringDto>("/api/market/settings/scoring");
        var body = new { resident = 50, lowIncome = 30, zeroEmploymentHousehold = 30, difficulty = 20, disabled = 20, cleanRenewal = 10, perYellowCard = 10, newVendorSharePercent = 20 };

        var changed = (await (await scene.Admin.PutAsJsonAsync("/api/market/settings/scoring", new { body.resident, body.lowIncome, body.zeroEmploymentHousehold, body.difficulty,
            body.disabled, body.cleanRenewal, body.perYellowCard, body.newVendorSharePercent, concurrencyStamp = defaults.ConcurrencyStamp })).ReadJsonAsync<ScoringDto>());
        var stale = await scene.Admin.PutAsJsonAsync("/api/market/settings/scoring", new { body.resident, body.lowIncome, body.zeroEmploymentHousehold, body.difficulty,
            body.disabled, body.cleanRenewal, body.perYellowCard, body.newVendorSharePercent, concurrencyStamp = defaults.ConcurrencyStamp });
        var round = (await scene.RoundAsync(1)).As<RoundDto>();

        defaults.Resident.ShouldBe(40);
        defaults.NewVendorSharePercent.ShouldBe(10);
        changed.Resident.ShouldBe(50);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
        round.NewVendorSharePercent.ShouldBe(20);
    }

    [Fact]
    public void Working_days_skip_the_spring_festival_and_count_its_make_up_saturday()
    {
        ChinaWorkdays.IsWorkingDay(new DateOnly(2026, 2, 16)).ShouldBeFalse();
        ChinaWorkdays.IsWorkingDay(new DateOnly(2026, 2, 14)).ShouldBeTrue();
        ChinaWorkdays.Add(new DateOnly(2026, 2, 12), 5).ShouldBe(new DateOnly(2026, 2, 26));
    }
}
