using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridRhythmTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_weekly_report_and_quarterly_analysis_come_from_the_records_of_the_period()
    {
        var scene = await GridScene.CreateAsync(platform);
        await scene.Admin.PostOkAsync("/api/grid/patrols", new { gridId = scene.Group.Id(), buildingIds = scene.Buildings.Take(2), at = "2025-06-03T01:00:00Z", findings = new[] { new { text = "路灯坏了", raiseEvent = true, kind = "facilities" } } });
        await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "dispute", title = "邻里纠纷", parties = "甲、乙", reportedAt = "2025-06-04T02:00:00Z" });
        await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "facilities", title = "路灯坏了", reportedAt = "2025-04-10T02:00:00Z" });
        await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "other", title = "上季度的事", reportedAt = "2025-03-10T02:00:00Z" });

        var week = await scene.Admin.GetJsonAsync("/api/grid/rhythm/weekly?day=2025-06-05");
        week["from"]!.GetValue<string>().ShouldBe("2025-06-02");
        week["to"]!.GetValue<string>().ShouldBe("2025-06-08");
        week["patrols"]!.GetValue<int>().ShouldBe(1);
        week["findings"]!.GetValue<int>().ShouldBe(1);
        week["eventsReported"]!.GetValue<int>().ShouldBe(2);
        week["disputes"]!.GetValue<int>().ShouldBe(1);
        week["grids"]!.AsArray().ShouldHaveSingleItem()!["coverage"]!["of"]!.GetValue<int>().ShouldBe(14);

        var quarter = await scene.Admin.GetJsonAsync("/api/grid/rhythm/quarterly?year=2025&quarter=2");
        quarter["eventsReported"]!.GetValue<int>().ShouldBe(3);
        quarter["previousQuarter"]!.GetValue<int>().ShouldBe(1);
        quarter["frequentMatters"]!.AsArray()[0]!.Str("label").ShouldBe("路灯坏了");
        quarter["disputes"]!["found"]!.GetValue<int>().ShouldBe(1);
        await (await scene.Admin.GetAsync("/api/grid/rhythm/quarterly?quarter=5")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Fact]
    public async Task Joint_meeting_decisions_become_events_of_their_grids()
    {
        var scene = await GridScene.CreateAsync(platform);
        var meeting = await scene.Admin.PostOkAsync("/api/grid/rhythm/meetings", new
        {
            heldOn = "2025-06-20", topic = "六月联席会议", attendees = "网格长、民警、物业", minutes = "研究小区停车问题",
            decisions = new object[] { new { text = "增设非机动车充电桩", gridId = scene.Group.Id(), kind = "safety" }, new { text = "下月再议" } },
        });
        var decisions = meeting["decisions"]!.AsArray();
        var ev = await scene.Admin.GetJsonAsync($"/api/grid/events/{decisions[0]!["eventId"]!.GetValue<string>()}");
        ev.Str("source").ShouldBe("meeting");
        decisions[1]!["eventId"].ShouldBeNull();
        await (await scene.PostAsync("/api/grid/rhythm/meetings", new { heldOn = "2025-06-20", topic = "例会", minutes = "纪要", decisions = new[] { new { text = "别处的事", gridId = Guid.NewGuid() } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.GridNotFound");
    }

    [Fact]
    public async Task The_yearly_evaluation_weighs_closure_on_time_coverage_and_satisfaction_by_the_communitys_weights()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (_, post) = await scene.WorkerAsync(scene.Group.Id());
        var ev = await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "other", title = "一件事" });
        foreach (var action in new[] { "accept", "assign", "start", "resolve", "close" })
        {
            var answer = await scene.Admin.PostAsJsonAsync($"/api/grid/events/{ev.Id()}/steps", new { action, staffId = post.Id(), satisfaction = "satisfied", concurrencyStamp = ev.Str("concurrencyStamp") });
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
            ev = await answer.JsonAsync();
        }

        var evaluation = await scene.Admin.GetJsonAsync("/api/grid/rhythm/evaluation");
        evaluation["weights"]!["closure"]!.GetValue<int>().ShouldBe(40);
        var grid = evaluation["grids"]!.AsArray().ShouldHaveSingleItem()!;
        // Closure, on time and satisfaction are 100 %, no patrol yet: 40 + 30 + 0 + 10.
        grid["score"]!.GetValue<decimal>().ShouldBe(80m);
        evaluation["workers"]!.AsArray().ShouldContain(w => w!["score"]!.GetValue<decimal>() == 80m);

        await (await scene.Admin.PutAsJsonAsync("/api/grid/rhythm/weights", new { closure = 50, onTime = 30, coverage = 30, satisfaction = 10 }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.WeightsNotHundred");
        var weights = await (await scene.Admin.PutAsJsonAsync("/api/grid/rhythm/weights", new { closure = 50, onTime = 30, coverage = 10, satisfaction = 10 })).JsonAsync();
        (await scene.Admin.GetJsonAsync("/api/grid/rhythm/evaluation"))["grids"]!.AsArray()[0]!["score"]!.GetValue<decimal>().ShouldBe(90m);
        await (await scene.Admin.PutAsJsonAsync("/api/grid/rhythm/weights", new { closure = 40, onTime = 30, coverage = 20, satisfaction = 10, concurrencyStamp = "stale" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
        (await scene.Admin.PutAsJsonAsync("/api/grid/rhythm/weights", new { closure = 40, onTime = 30, coverage = 20, satisfaction = 10, concurrencyStamp = weights.Str("concurrencyStamp") }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
