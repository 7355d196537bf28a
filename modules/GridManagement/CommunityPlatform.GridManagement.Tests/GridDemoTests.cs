using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridDemoTests(PlatformFixture platform)
{
    [Fact]
    public async Task Wuyijie_has_six_grids_under_three_levels_and_its_grid_worker_sees_only_theirs()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var grids = await secretary.GetJsonAsync<List<GridDto>>("/api/grid/grids");
        grids.Count(g => g.Level == GridLevel.Community).ShouldBe(1);
        grids.Count(g => g.Level == GridLevel.Area).ShouldBeGreaterThanOrEqualTo(1);
        grids.Count(g => g.Level == GridLevel.BuildingGroup).ShouldBe(6);

        var worker = await platform.SignInAsync("wuyijie-gridworker");
        var own = (await worker.GetJsonAsync<List<GridDto>>("/api/grid/grids")).ShouldHaveSingleItem();
        own.Code.ShouldBe("wuyijie-3-01");
        (await worker.GetJsonAsync<GridLedger>($"/api/grid/grids/{own.Id}/ledger")).Counts.Households.ShouldBeGreaterThan(0);
        var events = await worker.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events?pageSize=100");
        events.Items.ShouldAllBe(e => e.GridId == own.Id);
    }

    [Fact]
    public async Task Oufengliyuans_thirty_buildings_are_each_in_one_grid_and_xincun_has_a_branch_area_per_branch()
    {
        var oufeng = await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync<List<GridDto>>("/api/grid/grids?level=buildingGroup");
        var covered = oufeng.SelectMany(g => g.BuildingIds).ToList();
        covered.Count.ShouldBe(30);
        covered.Distinct().Count().ShouldBe(30);

        var xincun = await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync<List<GridDto>>("/api/grid/grids");
        xincun.Count(g => g.Level == GridLevel.Area).ShouldBe(6);
        xincun.Count(g => g.Level == GridLevel.BuildingGroup).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task A_month_of_work_makes_the_reports_alive()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var events = await secretary.GetJsonAsync<EventReport>("/api/grid/reports/events");
        events.Total.ShouldBeGreaterThan(10);
        events.Closure.Count.ShouldBeGreaterThan(0);
        (await secretary.GetJsonAsync<PatrolReport>("/api/grid/reports/patrols")).Rounds.ShouldBeGreaterThan(30);
        (await secretary.GetJsonAsync<DiaryReport>("/api/grid/reports/diaries")).Total.ShouldBeGreaterThan(0);
        var board = await platform.Anonymous().GetJsonAsync<SignboardDto>("/api/grid/public/signboards/wuyijie-3-01");
        board.Staff.ShouldNotBeEmpty();
    }
}
