using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridTreeTests(PlatformFixture platform)
{
    [Fact]
    public async Task Grids_of_three_levels_get_codes_of_community_level_and_sequence_and_list_by_level_or_parent()
    {
        var scene = await GridScene.CreateAsync(platform);
        var second = await scene.GridAsync("第二网格", null, scene.Buildings[2]);

        scene.Community.Str("code").ShouldBe($"{scene.Code}-1-01");
        scene.Area.Str("code").ShouldBe($"{scene.Code}-2-01");
        scene.Group.Str("code").ShouldBe($"{scene.Code}-3-01");
        second.Str("code").ShouldBe($"{scene.Code}-3-02");

        (await scene.Admin.GetJsonAsync<List<GridDto>>("/api/grid/grids")).Count.ShouldBe(4);
        (await scene.Admin.GetJsonAsync<List<GridDto>>("/api/grid/grids?level=buildingGroup")).Select(g => g.Name).ShouldBe(["第一网格", "第二网格"]);
        (await scene.Admin.GetJsonAsync<List<GridDto>>($"/api/grid/grids?parentId={scene.Community.Id()}")).ShouldHaveSingleItem().Id.ToString().ShouldBe(scene.Area.Id());
    }

    [Fact]
    public async Task The_tree_rules_answer_422_with_their_codes()
    {
        var scene = await GridScene.CreateAsync(platform);

        await (await scene.PostAsync("/api/grid/grids", new { name = "错位网格", level = "buildingGroup", parentId = scene.Community.Id() }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.ParentLevel");
        await (await scene.PostAsync("/api/grid/grids", new { name = "无上级", level = "area" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.ParentLevel");
        await (await scene.PostAsync("/api/grid/grids", new { name = "重复楼栋", level = "buildingGroup", parentId = scene.Area.Id(), buildingIds = new[] { scene.Buildings[1] } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.BuildingInOtherGrid");
        await (await scene.PostAsync("/api/grid/grids", new { name = "片区带楼", level = "area", parentId = scene.Community.Id(), buildingIds = new[] { scene.Buildings[2] } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.BuildingsOnlyForLowest");
        await (await scene.PostAsync("/api/grid/grids", new { name = "外楼", level = "buildingGroup", parentId = scene.Area.Id(), buildingIds = new[] { Guid.NewGuid() } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.BuildingNotInRegistry");
        await (await scene.PostAsync("/api/grid/grids", new { name = "同号", level = "buildingGroup", parentId = scene.Area.Id(), sequence = 1 }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.CodeTaken");
        await (await scene.Admin.DeleteAsync($"/api/grid/grids/{scene.Area.Id()}")).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.HasChildren");
        await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "online", kind = "other", title = "有记录" });
        await (await scene.Admin.DeleteAsync($"/api/grid/grids/{scene.Group.Id()}")).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.HasRecords");
        var empty = await scene.GridAsync("空网格", null, scene.Buildings[2]);
        var post = await scene.Admin.PostOkAsync($"/api/grid/grids/{empty.Id()}/staff", new { name = "待调走", role = "gridWorker" });
        await (await scene.Admin.DeleteAsync($"/api/grid/grids/{empty.Id()}")).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.HasStaff");
        (await scene.Admin.DeleteAsync($"/api/grid/grids/{empty.Id()}/staff/{post.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await scene.Admin.DeleteAsync($"/api/grid/grids/{empty.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await scene.GridAsync("接手网格", null, scene.Buildings[2])).Str("name").ShouldBe("接手网格");
    }

    [Fact]
    public async Task Bad_fields_answer_400_and_a_stale_stamp_409()
    {
        var scene = await GridScene.CreateAsync(platform);

        var invalid = await (await scene.PostAsync("/api/grid/grids", new { name = "", level = "province" })).JsonAsync();
        invalid["status"]!.GetValue<int>().ShouldBe(400);
        invalid["errors"]!.AsObject().Select(e => e.Key.ToLowerInvariant()).ShouldContain(k => k.Contains("level"));
        await (await scene.PostAsync($"/api/grid/grids/{scene.Group.Id()}/staff", new { name = "张三", role = "gridWorker", phone = "12345" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");

        var update = new { name = "第一网格（改）", level = "buildingGroup", parentId = scene.Area.Id(), buildingIds = new[] { scene.Buildings[0] }, concurrencyStamp = scene.Group.Str("concurrencyStamp") };
        (await scene.Admin.PutAsJsonAsync($"/api/grid/grids/{scene.Group.Id()}", update)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await scene.Admin.PutAsJsonAsync($"/api/grid/grids/{scene.Group.Id()}", update)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");

        // The building it gave up may now go to another grid.
        (await scene.GridAsync("第二网格", null, scene.Buildings[1])).Str("name").ShouldBe("第二网格");
    }

    [Fact]
    public async Task A_grid_far_off_its_target_size_carries_a_warning()
    {
        var scene = await GridScene.CreateAsync(platform);
        var small = await scene.Admin.PostOkAsync("/api/grid/grids", new { name = "小网格", level = "buildingGroup", parentId = scene.Area.Id(), buildingIds = new[] { scene.Buildings[2] }, targetHouseholds = 250 });
        small["warnings"]!.AsArray().Select(w => w!.GetValue<string>()).ShouldContain("Grid.SizeFarOffTarget");
        scene.Community["warnings"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_communitys_grid_is_not_found()
    {
        var ours = await GridScene.CreateAsync(platform);
        var theirs = await GridScene.CreateAsync(platform);

        await (await ours.Admin.GetAsync($"/api/grid/grids/{theirs.Group.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
        await (await ours.Admin.GetAsync($"/api/grid/grids/{theirs.Group.Id()}/staff")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
        await (await ours.PostAsync($"/api/grid/grids/{theirs.Group.Id()}/staff", new { name = "张三", role = "police" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
        (await ours.Admin.GetJsonAsync<List<GridDto>>("/api/grid/grids")).ShouldNotContain(g => g.Id.ToString() == theirs.Group.Id());
    }

    [Fact]
    public async Task Switched_off_the_module_answers_Module_Disabled_and_keeps_its_grids()
    {
        var scene = await GridScene.CreateAsync(platform);
        var city = await platform.AdminAsync();

        (await city.DeleteAsync($"/api/platform/communities/{scene.Code}/modules/GridManagement")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await scene.Admin.GetAsync("/api/grid/grids")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        await (await platform.Anonymous().GetAsync($"/api/grid/public/signboards/{scene.Group.Str("code")}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");

        (await city.PutAsync($"/api/platform/communities/{scene.Code}/modules/GridManagement", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scene.Admin.GetJsonAsync<List<GridDto>>("/api/grid/grids")).Count.ShouldBe(3);
    }
}
