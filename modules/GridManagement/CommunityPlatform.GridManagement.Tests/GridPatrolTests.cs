using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridPatrolTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_patrol_finding_raises_an_event_in_one_step_and_counts_towards_the_days_coverage()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());

        var patrol = await worker.PostOkAsync("/api/grid/patrols", new
        {
            gridId = scene.Group.Id(), buildingIds = new[] { scene.Buildings[0] },
            findings = new object[] { new { text = "1号楼消防通道堆物", raiseEvent = true, kind = "safety" }, new { text = "绿化带有落叶" } },
        });

        var findings = patrol["findings"]!.AsArray();
        var eventId = findings[0]!["eventId"]!.GetValue<string>();
        findings[1]!["eventId"].ShouldBeNull();
        var ev = await worker.GetJsonAsync($"/api/grid/events/{eventId}");
        ev.Str("source").ShouldBe("patrol");
        ev.Str("title").ShouldBe("1号楼消防通道堆物");

        var coverage = (await scene.Admin.GetJsonAsync<PatrolCoverage>("/api/grid/patrols/coverage")).Grids.ShouldHaveSingleItem();
        coverage.Buildings.ShouldBe(2);
        coverage.Patrolled.ShouldBe(1);
        coverage.Percent.ShouldBe(50.0m);
        (await scene.Admin.GetJsonAsync<Paged<PatrolDto>>("/api/grid/patrols?pageSize=5")).Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_patrol_covers_only_its_grids_buildings()
    {
        var scene = await GridScene.CreateAsync(platform);
        await (await scene.PostAsync("/api/grid/patrols", new { gridId = scene.Group.Id(), buildingIds = new[] { scene.Buildings[2] } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.BuildingNotInGrid");
        await (await scene.PostAsync("/api/grid/patrols", new { gridId = scene.Group.Id(), findings = new[] { new { text = "" } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Fact]
    public async Task A_visit_follow_up_can_raise_an_event_and_a_household_must_be_in_the_grid()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());
        var inside = await scene.Admin.PostOkAsync("/api/residents/households", new { buildingId = scene.Buildings[0], address = "1号楼1单元101", tenure = "rented" });
        var outside = await scene.Admin.PostOkAsync("/api/residents/households", new { buildingId = scene.Buildings[2], address = "3号楼1单元101" });

        var visit = await worker.PostOkAsync("/api/grid/visits", new
        {
            gridId = scene.Group.Id(), householdId = inside.Id(), notes = "独居老人，身体尚好", followUp = "卫生间扶手需加装", raiseEvent = true, kind = "welfare",
        });
        var ev = await worker.GetJsonAsync($"/api/grid/events/{visit.Str("eventId")}");
        ev.Str("source").ShouldBe("visit");
        ev.Str("title").ShouldBe("卫生间扶手需加装");

        // The worker does not even see a household outside their grids (the registry is narrowed to their buildings);
        // someone who sees it is told it is not in the grid.
        await (await worker.PostAsJsonAsync("/api/grid/visits", new { gridId = scene.Group.Id(), householdId = outside.Id(), notes = "走错了" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.HouseholdNotFound");
        await (await scene.Admin.PostAsJsonAsync("/api/grid/visits", new { gridId = scene.Group.Id(), householdId = outside.Id(), notes = "走错了" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.HouseholdNotInGrid");
        (await worker.GetJsonAsync<Paged<VisitDto>>("/api/grid/visits")).Total.ShouldBe(1);
        (await scene.Admin.GetJsonAsync<Paged<VisitDto>>("/api/grid/visits")).Total.ShouldBe(1);
    }
}
