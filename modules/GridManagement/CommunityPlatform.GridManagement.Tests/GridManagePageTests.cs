using System.Net;

namespace CommunityPlatform.GridManagement.Tests;

/// <summary>The console's forms for those who manage grids and dispatch events: what they change, what they refuse, and that a grid worker gets none of them.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GridManagePageTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_secretary_edits_a_grid_and_its_buildings_on_its_page_and_a_building_of_another_grid_is_refused_with_the_rule()
    {
        var scene = await GridScene.CreateAsync(platform);
        var other = await scene.GridAsync("第二网格", null, scene.Buildings[2]);
        var console = await scene.ConsoleAsync("secretary");
        var edit = $"/grid/grids/{scene.Group.Id()}/edit";
        (await console.PageAsync($"/grid/grids/{scene.Group.Id()}")).ShouldContain("edit-grid-link");
        var page = await console.PageAsync(edit);
        page.ShouldContain("id=\"grid-buildings\"");
        page.ShouldContain("第二网格");

        var taken = await console.SubmitAsync(edit, Form(scene, "第一网格", scene.Buildings[0], scene.Buildings[2]));
        taken.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await taken.Content.ReadAsStringAsync()).ShouldContain("该楼栋已属于另一个网格");
        var blank = await console.SubmitAsync(edit, Form(scene, "", scene.Buildings[0]));
        blank.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await blank.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");
        var unchanged = await scene.Admin.GetJsonAsync($"/api/grid/grids/{scene.Group.Id()}");
        unchanged.Str("name").ShouldBe("第一网格");
        unchanged["buildingIds"]!.AsArray().Select(b => b!.GetValue<string>()).ShouldBe(scene.Buildings[..2], ignoreOrder: true);

        var saved = await console.SubmitAsync(edit, Form(scene, "东楼网格", scene.Buildings[0]));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var grid = await scene.Admin.GetJsonAsync($"/api/grid/grids/{scene.Group.Id()}");
        grid.Str("name").ShouldBe("东楼网格");
        grid.Str("area").ShouldBe("1号楼一带");
        grid["targetHouseholds"]!.GetValue<int>().ShouldBe(120);
        grid["buildingIds"]!.AsArray().Select(b => b!.GetValue<string>()).ShouldBe([scene.Buildings[0]]);
        var stale = await console.SubmitAsync(edit, Form(scene, "过期修改", scene.Buildings[0]));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");
        (await scene.Admin.GetJsonAsync($"/api/grid/grids/{scene.Group.Id()}")).Str("name").ShouldBe("东楼网格");

        // The freed building 2 may now go to the second grid.
        var moved = await console.SubmitAsync($"/grid/grids/{other.Id()}/edit", new()
        {
            ["Form.Name"] = "第二网格", ["Form.ParentId"] = scene.Area.Id(), ["Form.TargetHouseholds"] = "250", ["Form.TargetPeople"] = "700",
            ["Form.BuildingIds[0]"] = scene.Buildings[1], ["Form.ConcurrencyStamp"] = other.Str("concurrencyStamp"),
        });
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await moved.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_grid_is_removed_from_its_page_unless_the_service_refuses_and_then_its_rule_is_shown()
    {
        var scene = await GridScene.CreateAsync(platform);
        var console = await scene.ConsoleAsync("secretary");

        var parent = await console.SubmitAsync($"/grid/grids/{scene.Area.Id()}/edit", new(), $"/grid/grids/{scene.Area.Id()}/edit?handler=remove");
        parent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await parent.Content.ReadAsStringAsync()).ShouldContain("请先移除下级网格");

        await scene.Admin.PostOkAsync($"/api/grid/grids/{scene.Group.Id()}/staff", new { name = "在岗网格员", role = "gridWorker" });
        var staffed = await console.SubmitAsync($"/grid/grids/{scene.Group.Id()}/edit", new(), $"/grid/grids/{scene.Group.Id()}/edit?handler=remove");
        staffed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await staffed.Content.ReadAsStringAsync()).ShouldContain("请先移除该网格的人员");
        (await scene.Admin.GetJsonAsync("/api/grid/grids")).AsArray().Count.ShouldBe(3);

        var empty = await scene.GridAsync("空网格", null, scene.Buildings[2]);
        var removed = await console.SubmitAsync($"/grid/grids/{empty.Id()}/edit", new(), $"/grid/grids/{empty.Id()}/edit?handler=remove");
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await removed.Content.ReadAsStringAsync());
        removed.Headers.Location!.ToString().ShouldBe("/grid/grids");
        await (await scene.Admin.GetAsync($"/api/grid/grids/{empty.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
    }

    [Fact]
    public async Task A_secretary_sets_the_evaluation_weights_on_the_rhythm_page_and_weights_not_adding_up_to_100_are_refused()
    {
        var scene = await GridScene.CreateAsync(platform);
        var console = await scene.ConsoleAsync("secretary");
        var page = await console.PageAsync("/grid/rhythm");
        page.ShouldContain("weights-form");
        page.ShouldContain("name=\"weights.Closure\" type=\"number\" min=\"0\" max=\"100\" class=\"narrow\" value=\"40\"");

        var saved = await console.SubmitAsync("/grid/rhythm", Weights(50, 30, 10, 10), "/grid/rhythm?handler=weights");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        (await scene.Admin.GetJsonAsync("/api/grid/rhythm/weights"))["closure"]!.GetValue<int>().ShouldBe(50);

        var stamp = (await scene.Admin.GetJsonAsync("/api/grid/rhythm/weights")).Str("concurrencyStamp");
        var refused = await console.SubmitAsync("/grid/rhythm", Weights(50, 30, 20, 10, stamp), "/grid/rhythm?handler=weights");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("考评权重合计须为100%");
        var negative = await console.SubmitAsync("/grid/rhythm", Weights(-10, 60, 30, 20, stamp), "/grid/rhythm?handler=weights");
        negative.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await negative.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");
        var weights = await scene.Admin.GetJsonAsync("/api/grid/rhythm/weights");
        (weights["closure"]!.GetValue<int>(), weights["coverage"]!.GetValue<int>()).ShouldBe((50, 10));
    }

    [Fact]
    public async Task A_joint_meeting_is_recorded_on_its_page_and_a_decision_given_a_grid_becomes_that_grids_event()
    {
        var scene = await GridScene.CreateAsync(platform);
        var console = await scene.ConsoleAsync("secretary");
        (await console.PageAsync("/grid/meetings")).ShouldContain("meeting-form");

        var refused = await console.SubmitAsync("/grid/meetings", Meeting(scene, Guid.NewGuid().ToString()));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("网格不存在");
        var noMinutes = await console.SubmitAsync("/grid/meetings", new() { ["Form.HeldOn"] = "2026-01-05", ["Form.Topic"] = "无纪要" });
        noMinutes.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noMinutes.Content.ReadAsStringAsync()).ShouldContain("validation-summary-errors");
        (await scene.Admin.GetJsonAsync("/api/grid/rhythm/meetings")).AsArray().ShouldBeEmpty();
        (await scene.Admin.GetJsonAsync("/api/grid/events?pageSize=100"))["total"]!.GetValue<int>().ShouldBe(0);

        var saved = await console.SubmitAsync("/grid/meetings", Meeting(scene, scene.Group.Id()));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var meeting = (await scene.Admin.GetJsonAsync("/api/grid/rhythm/meetings")).AsArray().ShouldHaveSingleItem()!;
        meeting.Str("topic").ShouldBe("一月联席会议");
        var decisions = meeting["decisions"]!.AsArray();
        decisions.Select(d => d!.Str("text")).ShouldBe(["清理3号楼楼道杂物", "下月再议停车"]);
        var eventId = decisions[0]!.Str("eventId");
        decisions[1]!["eventId"].ShouldBeNull();
        var raised = await scene.Admin.GetJsonAsync($"/api/grid/events/{eventId}");
        (raised.Str("title"), raised.Str("source"), raised.Str("kind"), raised.Str("gridId")).ShouldBe(("清理3号楼楼道杂物", "meeting", "sanitation", scene.Group.Id()));
        var page = await console.PageAsync("/grid/meetings");
        page.ShouldContain($"/grid/events/{eventId}");
        page.ShouldContain("下月再议停车");
    }

    [Fact]
    public async Task A_grid_worker_gets_none_of_the_managing_forms_and_their_posts_change_nothing()
    {
        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var api = await platform.SignInAsync("wuyijie-gridworker");
        var grid = (await api.GetJsonAsync("/api/grid/grids")).AsArray().Single()!;
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var meetings = (await secretary.GetJsonAsync("/api/grid/rhythm/meetings")).AsArray().Count;
        var weights = (await secretary.GetJsonAsync("/api/grid/rhythm/weights")).ToJsonString();

        (await worker.PageAsync($"/grid/grids/{grid.Id()}")).ShouldNotContain("edit-grid-link");
        (await worker.Client.GetAsync($"/grid/grids/{grid.Id()}/edit")).Headers.Location!.ToString().ShouldContain("/account/denied");
        (await worker.PageAsync("/grid/rhythm")).ShouldNotContain("weights-form");
        (await worker.PageAsync("/grid/meetings")).ShouldNotContain("meeting-form");

        // The grid's page carries the session's antiforgery token; the posts go where the forms would have sent them.
        var tokenPage = $"/grid/grids/{grid.Id()}";
        await ConsoleSession.ShouldBeDeniedAsync(await worker.SubmitAsync(tokenPage, Weights(25, 25, 25, 25), "/grid/rhythm?handler=weights"));
        await ConsoleSession.ShouldBeDeniedAsync(
            await worker.SubmitAsync(tokenPage, new() { ["Form.HeldOn"] = "2026-01-05", ["Form.Topic"] = "越权会议", ["Form.Minutes"] = "不应保存" }, "/grid/meetings"));
        await ConsoleSession.ShouldBeDeniedAsync(
            await worker.SubmitAsync(tokenPage, new() { ["Form.Name"] = "越权改名", ["Form.ConcurrencyStamp"] = grid.Str("concurrencyStamp") }, $"/grid/grids/{grid.Id()}/edit"));
        await ConsoleSession.ShouldBeDeniedAsync(await worker.SubmitAsync(tokenPage, new(), $"/grid/grids/{grid.Id()}/edit?handler=remove"));

        (await secretary.GetJsonAsync("/api/grid/rhythm/meetings")).AsArray().Count.ShouldBe(meetings);
        (await secretary.GetJsonAsync("/api/grid/rhythm/weights")).ToJsonString().ShouldBe(weights);
        (await api.GetJsonAsync($"/api/grid/grids/{grid.Id()}")).Str("name").ShouldBe(grid.Str("name"));
    }

    [Fact]
    public async Task The_managing_forms_read_in_English()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        await console.Client.GetAsync("/console/language?to=en&back=/");
        var grid = (await (await platform.SecretaryOfAsync("wuyijie")).GetJsonAsync("/api/grid/grids?level=buildingGroup")).AsArray()[0]!;

        (await console.PageAsync($"/grid/grids/{grid.Id()}")).ShouldContain("Edit or remove the grid");
        var edit = await console.PageAsync($"/grid/grids/{grid.Id()}/edit");
        edit.ShouldContain("Buildings covered");
        edit.ShouldContain("Remove the grid");
        (await console.PageAsync("/grid/rhythm")).ShouldContain("Save the weights");
        (await console.PageAsync("/grid/meetings")).ShouldContain("Record a joint meeting");
    }

    /// <summary>The edit form of the scene's building-group grid, with the stamp it was created with.</summary>
    private static Dictionary<string, string> Form(GridScene scene, string name, params string[] buildings)
    {
        var form = new Dictionary<string, string>
        {
            ["Form.Name"] = name, ["Form.Area"] = "1号楼一带", ["Form.ParentId"] = scene.Area.Id(), ["Form.Sequence"] = "1",
            ["Form.TargetHouseholds"] = "120", ["Form.TargetPeople"] = "350", ["Form.ConcurrencyStamp"] = scene.Group.Str("concurrencyStamp"),
        };
        for (var i = 0; i < buildings.Length; i++) form[$"Form.BuildingIds[{i}]"] = buildings[i];
        return form;
    }

    private static Dictionary<string, string> Weights(int closure, int onTime, int coverage, int satisfaction, string stamp = "") => new()
    {
        ["weights.Closure"] = $"{closure}", ["weights.OnTime"] = $"{onTime}", ["weights.Coverage"] = $"{coverage}", ["weights.Satisfaction"] = $"{satisfaction}",
        ["weights.ConcurrencyStamp"] = stamp,
    };

    private static Dictionary<string, string> Meeting(GridScene scene, string gridId) => new()
    {
        ["Form.HeldOn"] = "2026-01-05", ["Form.Topic"] = "一月联席会议", ["Form.Attendees"] = "网格长、民警、物业", ["Form.Minutes"] = "通报上月事件，商定本月事项。",
        ["Form.Decisions[0].Text"] = "清理3号楼楼道杂物", ["Form.Decisions[0].GridId"] = gridId, ["Form.Decisions[0].Kind"] = "Sanitation",
        ["Form.Decisions[1].Text"] = "下月再议停车", ["Form.Decisions[1].GridId"] = "", ["Form.Decisions[1].Kind"] = "Other",
        ["Form.Decisions[2].Text"] = "", ["Form.Decisions[2].GridId"] = "", ["Form.Decisions[2].Kind"] = "Other",
    };
}
