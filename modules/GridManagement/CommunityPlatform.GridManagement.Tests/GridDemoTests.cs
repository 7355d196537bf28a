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

    private static readonly string[] Codes = ["xincun", "chonghua", "tachenglu", "oufengliyuan", "wuyijie"];

    public static readonly TheoryData<string> Communities = new(Codes);

    // Why: the county article's 250 households / 700 people and its eight officers (八大员) were every grid's default,
    // so every grid of 新村 and 五一街 carried Grid.SizeFarOffTarget; none of the five communities has such staffing.
    [Theory]
    [MemberData(nameof(Communities))]
    public async Task A_communitys_grids_are_sized_by_its_own_standard_and_staffed_as_its_report_says(string code)
    {
        var secretary = await platform.SecretaryOfAsync(code);
        var grids = (await secretary.GetJsonAsync<List<GridDto>>("/api/grid/grids?level=buildingGroup"))
            .Where(g => g.Code.StartsWith($"{code}-3-", StringComparison.Ordinal)).ToList();
        grids.ShouldNotBeEmpty();
        grids.Where(g => g.Warnings.Contains("Grid.SizeFarOffTarget")).Select(g => $"{g.Code}: {g.Households} of {g.TargetHouseholds}").ShouldBeEmpty();
        grids.ShouldAllBe(g => g.TargetHouseholds != 250);

        StaffRole[] eightOfficers = [StaffRole.Leader, StaffRole.Police, StaffRole.CivilAffairs, StaffRole.HumanResources, StaffRole.FamilyPlanning, StaffRole.Education, StaffRole.Legal, StaffRole.StreetLeader];
        // The last grid: other tests post officers on a community's first grid.
        var staff = await secretary.GetJsonAsync<List<GridStaffDto>>($"/api/grid/grids/{grids[^1].Id}/staff");
        staff.ShouldContain(s => s.Role == StaffRole.GridWorker);
        staff.ShouldNotContain(s => eightOfficers.Contains(s.Role));
    }

    // Why: a visit noted "咨询医保报销" raised "卫生间需加装扶手", and every community heard the same twelve matters.
    [Fact]
    public async Task A_visits_follow_up_is_about_what_its_note_says_and_each_community_hears_of_its_own_matters()
    {
        var titles = new Dictionary<string, HashSet<string>>();
        foreach (var code in Codes)
        {
            var secretary = await platform.SecretaryOfAsync(code);
            var visits = (await secretary.GetJsonAsync<Paged<VisitDto>>("/api/grid/visits?pageSize=100")).Items;
            var followed = visits.Where(v => v.FollowUp is not null).ToList();
            followed.ShouldNotBeEmpty();
            followed.Where(v => !SharesAWord(v.Notes, v.FollowUp!)).Select(v => $"{code}: {v.Notes} → {v.FollowUp}").ShouldBeEmpty();
            titles[code] = (await secretary.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events?pageSize=100")).Items.Select(e => e.Title).ToHashSet();
        }

        // 塔城路's lanes (巷道, 002) are its own; 重华 has none.
        titles["tachenglu"].ShouldContain(t => t.Contains("巷道"));
        titles["chonghua"].ShouldNotContain(t => t.Contains("巷道"));
        foreach (var (code, mine) in titles)
        foreach (var (other, theirs) in titles.Where(t => t.Key != code))
            mine.SetEquals(theirs).ShouldBeFalse($"{code} and {other} hear of the same matters");
    }

    /// <summary>Whether two texts share a word of two Chinese characters (卫生间, 楼道灯, 入学 …).</summary>
    private static bool SharesAWord(string note, string followUp) =>
        Enumerable.Range(0, Math.Max(0, followUp.Length - 1)).Select(i => followUp.Substring(i, 2))
            .Any(w => w.All(c => c >= '\u4e00' && c <= '\u9fff') && note.Contains(w, StringComparison.Ordinal));
}
