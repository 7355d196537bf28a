namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridDemoTests(PlatformFixture platform)
{
    [Fact]
    public async Task Wuyijie_has_six_grids_under_three_levels_and_its_grid_worker_sees_only_theirs()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var grids = (await secretary.GetJsonAsync("/api/grid/grids")).AsArray();
        grids.Count(g => g!.Str("level") == "community").ShouldBe(1);
        grids.Count(g => g!.Str("level") == "area").ShouldBeGreaterThanOrEqualTo(1);
        grids.Count(g => g!.Str("level") == "buildingGroup").ShouldBe(6);

        var worker = await platform.SignInAsync("wuyijie-gridworker");
        var own = (await worker.GetJsonAsync("/api/grid/grids")).AsArray().ShouldHaveSingleItem()!;
        own.Str("code").ShouldBe("wuyijie-3-01");
        (await worker.GetJsonAsync($"/api/grid/grids/{own.Id()}/ledger"))["counts"]!["households"]!.GetValue<int>().ShouldBeGreaterThan(0);
        var events = await worker.GetJsonAsync("/api/grid/events?pageSize=100");
        events["items"]!.AsArray().ShouldAllBe(e => e!["gridId"]!.GetValue<string>() == own.Id());
    }

    [Fact]
    public async Task Oufengliyuans_thirty_buildings_are_each_in_one_grid_and_xincun_has_a_branch_area_per_branch()
    {
        var oufeng = (await (await platform.SecretaryOfAsync("oufengliyuan")).GetJsonAsync("/api/grid/grids?level=buildingGroup")).AsArray();
        var covered = oufeng.SelectMany(g => g!["buildingIds"]!.AsArray().Select(b => b!.GetValue<string>())).ToList();
        covered.Count.ShouldBe(30);
        covered.Distinct().Count().ShouldBe(30);

        var xincun = (await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync("/api/grid/grids")).AsArray();
        xincun.Count(g => g!.Str("level") == "area").ShouldBe(6);
        xincun.Count(g => g!.Str("level") == "buildingGroup").ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task A_month_of_work_makes_the_reports_alive()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var events = await secretary.GetJsonAsync("/api/grid/reports/events");
        events["total"]!.GetValue<int>().ShouldBeGreaterThan(10);
        events["closure"]!["count"]!.GetValue<int>().ShouldBeGreaterThan(0);
        (await secretary.GetJsonAsync("/api/grid/reports/patrols"))["rounds"]!.GetValue<int>().ShouldBeGreaterThan(30);
        (await secretary.GetJsonAsync("/api/grid/reports/diaries"))["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        var board = await platform.Anonymous().GetJsonAsync("/api/grid/public/signboards/wuyijie-3-01");
        board["staff"]!.AsArray().ShouldNotBeEmpty();
    }
}
