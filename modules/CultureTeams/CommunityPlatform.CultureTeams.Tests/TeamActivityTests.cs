using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>Teams with members from the registry and outside it; activities from plan to close with their attendance; information sent to the grid.</summary>
[Collection(PlatformCollection.Name)]
public sealed class TeamActivityTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_team_goes_from_proposed_to_active_to_dormant_and_takes_residents_and_outsiders_with_phone()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var leader = await scene.ResidentAsync("侯玉华");
        var team = (await scene.Secretary.PostOkAsync("/api/culture/teams", new
        {
            name = "老年歌舞队", kind = "culture", category = "歌舞", leaderResidentId = leader, days = new[] { "tuesday", "thursday" }, from = "09:00", to = "10:30",
        })).As<TeamDto>();
        var active = (await scene.Secretary.PostOkAsync($"/api/culture/teams/{team.Id}/steps", new { action = "activate", concurrencyStamp = team.ConcurrencyStamp }, HttpStatusCode.OK)).As<TeamDto>();
        var dormant = (await scene.Secretary.PostOkAsync($"/api/culture/teams/{team.Id}/steps", new { action = "suspend", concurrencyStamp = active.ConcurrencyStamp }, HttpStatusCode.OK)).As<TeamDto>();
        await scene.Secretary.PostOkAsync($"/api/culture/teams/{team.Id}/members", new { residentId = leader });
        await scene.Secretary.PostOkAsync($"/api/culture/teams/{team.Id}/members", new { name = "外社区李阿姨", phone = "13911112222" });

        team.LeaderName.ShouldBe("侯玉华");
        team.ScheduleText.ShouldBe("每周二、四 09:00–10:30");
        dormant.State.ShouldBe(TeamState.Dormant);
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/teams/{team.Id}/members", new { residentId = leader }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Culture.AlreadyMember");
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/teams/{team.Id}/members", new { name = "没电话" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.MemberNeedsNameAndPhone");
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/teams/{team.Id}/members", new { residentId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.ResidentNotFound");
        var members = await scene.Secretary.GetJsonAsync<List<TeamMemberDto>>($"/api/culture/teams/{team.Id}/members");
        members.Select(m => (m.Name, m.Outsider)).ShouldBe([("侯玉华", false), ("外社区李阿姨", true)]);
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/teams/{team.Id}/steps", new { action = "suspend", concurrencyStamp = dormant.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.TeamStepNotAllowed");
    }

    [Fact]
    public async Task An_activity_is_held_recorded_and_closed_and_counts_in_the_report_by_name_or_head_count()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var resident = await scene.ResidentAsync("巴汗台");
        var training = (await scene.Secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "手工制作培训", kind = "training", place = "居民家中", startsAt = CultureScene.At(-2, 15), endsAt = CultureScene.At(-2, 17),
        })).As<ActivityDto>();
        await scene.Secretary.PostOkAsync($"/api/culture/activities/{training.Id}/attendance", new { residentId = resident, way = "rollCall" });
        await scene.Secretary.PostOkAsync($"/api/culture/activities/{training.Id}/attendance", new { name = "无手机的张大爷", way = "staff" });
        var held = await StepAsync(scene, training.Id, new { action = "hold", concurrencyStamp = (await scene.Secretary.GetJsonAsync<ActivityDto>($"/api/culture/activities/{training.Id}")).ConcurrencyStamp });
        var recorded = await StepAsync(scene, training.Id, new { action = "record", concurrencyStamp = held.ConcurrencyStamp });
        var publicity = (await scene.Secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "医保政策宣传", kind = "publicity", place = "小区门口", startsAt = CultureScene.At(-1, 9), endsAt = CultureScene.At(-1, 11),
        })).As<ActivityDto>();
        var publicityHeld = await StepAsync(scene, publicity.Id, new { action = "hold", concurrencyStamp = publicity.ConcurrencyStamp });
        await StepAsync(scene, publicity.Id, new { action = "record", headCount = 30, informationGathered = 5, concurrencyStamp = publicityHeld.ConcurrencyStamp });

        var report = await scene.Secretary.GetJsonAsync<ActivityReport>("/api/culture/reports/activities");

        recorded.Attendance.ShouldBe(2);
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/activities/{training.Id}/attendance", new { name = "迟到的人" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.AttendanceClosed");
        (report.Activities, report.Attendances, report.Trainings, report.Trainees, report.PublicitySessions, report.InformationGathered, report.DistinctParticipants)
            .ShouldBe((2, 32, 1, 2, 1, 5, 2));
    }

    [Fact]
    public async Task Information_from_a_publicity_session_becomes_a_grid_event_only_where_the_grid_module_is_on()
    {
        var withGrid = await CultureScene.CreateAsync(platform, CultureTeamsModuleName.Value, "GridManagement");
        var without = await CultureScene.CreateAsync(platform);
        var grid = await withGrid.Secretary.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        _ = grid;
        var there = await PublicityAsync(withGrid);
        var here = await PublicityAsync(without);

        var sent = await withGrid.Secretary.PostAsJsonAsync($"/api/culture/activities/{there}/grid-events", new { title = "3号楼楼道堆放杂物", reporter = "宣传时居民反映" });
        await (await without.Secretary.PostAsJsonAsync($"/api/culture/activities/{here}/grid-events", new { title = "路灯不亮" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.GridOff");

        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        var opened = false;
        for (var i = 0; i < 150 && !opened; i++)
        {
            var events = await withGrid.Secretary.GetJsonAsync($"/api/grid/events?pageSize=100");
            opened = events["items"]!.AsArray().Any(e => e!.Str("title") == "3号楼楼道堆放杂物");
            if (!opened) await Task.Delay(200);
        }

        opened.ShouldBeTrue();
    }

    [Fact]
    public async Task A_lecture_opens_for_sign_up_ahead_and_stops_taking_names_when_full()
    {
        var scene = await CultureScene.CreateAsync(platform);
        var lecture = (await scene.Secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "学习超市：中医养生", kind = "lecture", place = "社区二楼会议室", capacity = 2, startsAt = CultureScene.At(7, 9), endsAt = CultureScene.At(7, 11),
        })).As<ActivityDto>();
        var open = await StepAsync(scene, lecture.Id, new { action = "open", concurrencyStamp = lecture.ConcurrencyStamp });

        await scene.Secretary.PostOkAsync($"/api/culture/activities/{lecture.Id}/attendance", new { residentId = await scene.ResidentAsync("马秀兰"), way = "signUp" });
        await scene.Secretary.PostOkAsync($"/api/culture/activities/{lecture.Id}/attendance", new { name = "赵来宾", phone = "13700002222", way = "signUp" });

        open.State.ShouldBe(ActivityState.Open);
        await (await scene.Secretary.PostAsJsonAsync($"/api/culture/activities/{lecture.Id}/attendance", new { name = "钱来宾", phone = "13700003333", way = "signUp" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Culture.FullyBooked");
        (await scene.Secretary.GetJsonAsync<ActivityDto>($"/api/culture/activities/{lecture.Id}")).Named.ShouldBe(2);
    }

    private static async Task<string> PublicityAsync(CultureScene scene) =>
        (await scene.Secretary.PostOkAsync("/api/culture/activities", new
        {
            title = "反诈宣传", kind = "publicity", place = "文化广场", startsAt = CultureScene.At(-1, 9), endsAt = CultureScene.At(-1, 10),
        })).Id();

    private static async Task<ActivityDto> StepAsync(CultureScene scene, Guid id, object step) =>
        (await scene.Secretary.PostOkAsync($"/api/culture/activities/{id}/steps", step, HttpStatusCode.OK)).As<ActivityDto>();
}
