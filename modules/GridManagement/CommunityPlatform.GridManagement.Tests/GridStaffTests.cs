using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridStaffTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_grid_has_staff_and_eight_officers_and_one_person_may_serve_several_grids()
    {
        var scene = await GridScene.CreateAsync(platform);
        var second = await scene.GridAsync("第二网格", null, scene.Buildings[2]);
        var resident = await scene.Admin.PostOkAsync("/api/residents/people", new { name = "周楼长" });

        await scene.Admin.PostOkAsync($"/api/grid/grids/{scene.Group.Id()}/staff", new { name = "周楼长", role = "buildingHead", residentId = resident.Id() });
        await scene.Admin.PostOkAsync($"/api/grid/grids/{scene.Group.Id()}/staff", new { name = "王警官", role = "police", phone = "0553-1234567", showOnSignboard = true });
        await scene.Admin.PostOkAsync($"/api/grid/grids/{second.Id()}/staff", new { name = "王警官", role = "police", phone = "0553-1234567", showOnSignboard = true });

        var staff = (await scene.Admin.GetJsonAsync($"/api/grid/grids/{scene.Group.Id()}/staff")).AsArray();
        staff.Select(s => s!.Str("role")).ShouldBe(["buildingHead", "police"]);
        (await scene.Admin.GetJsonAsync($"/api/grid/grids/{second.Id()}/staff")).AsArray().ShouldHaveSingleItem()!.Str("name").ShouldBe("王警官");

        await (await scene.PostAsync($"/api/grid/grids/{scene.Group.Id()}/staff", new { name = "某人", role = "gridWorker", residentId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.ResidentNotFound");
    }

    [Fact]
    public async Task A_post_links_only_an_account_of_the_community_and_anything_else_is_refused_with_nothing_saved()
    {
        var scene = await GridScene.CreateAsync(platform);
        var elsewhere = (await platform.NewCommunityAsync("GridManagement")).Str("code");
        var stranger = await (await platform.NewAccountAsync(elsewhere, "grid-worker")).GetJsonAsync("/api/account/me");
        var url = $"/api/grid/grids/{scene.Group.Id()}/staff";

        await (await scene.PostAsync(url, new { name = "外社区网格员", role = "gridWorker", accountId = stranger.Id() }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.AccountNotInCommunity");
        await (await scene.PostAsync(url, new { name = "无此账号", role = "gridWorker", accountId = Guid.NewGuid() }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.AccountNotInCommunity");
        (await scene.Admin.GetJsonAsync(url)).AsArray().ShouldBeEmpty();

        var (_, post) = await scene.WorkerAsync(scene.Group.Id());
        post.Str("accountId").ShouldNotBeNullOrEmpty();
        await (await scene.Admin.PutAsJsonAsync($"{url}/{post.Id()}", new
            {
                name = "李网格", role = "gridWorker", accountId = stranger.Id(), concurrencyStamp = post.Str("concurrencyStamp"),
            }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.AccountNotInCommunity");
        (await scene.Admin.GetJsonAsync(url)).AsArray().ShouldHaveSingleItem()!.Str("accountId").ShouldBe(post.Str("accountId"));
    }

    [Fact]
    public async Task A_grid_worker_sees_only_the_records_of_their_own_grids()
    {
        var scene = await GridScene.CreateAsync(platform);
        var other = await scene.GridAsync("第二网格", null, scene.Buildings[2]);
        await scene.Admin.PostOkAsync($"/api/grid/grids/{other.Id()}/staff", new { name = "外网格员", role = "gridWorker" });
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());

        (await worker.GetJsonAsync("/api/grid/grids")).AsArray().Select(g => g!.Id()).ShouldBe([scene.Group.Id()]);
        await (await worker.GetAsync($"/api/grid/grids/{other.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
        await (await worker.GetAsync($"/api/grid/grids/{other.Id()}/staff")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
        (await worker.GetJsonAsync($"/api/grid/grids/{scene.Group.Id()}/staff")).AsArray().ShouldHaveSingleItem()!.Str("name").ShouldBe("李网格");

        // The secretary still sees all four; a worker posted on the area sees the area and the grids below it.
        (await scene.Admin.GetJsonAsync("/api/grid/grids")).AsArray().Count.ShouldBe(4);
        var (areaWorker, _) = await scene.WorkerAsync(scene.Area.Id(), "赵片长");
        (await areaWorker.GetJsonAsync("/api/grid/grids")).AsArray().Count.ShouldBe(3);

        // Without a post, nothing; and a grid worker does not lay out grids.
        var stranger = await platform.NewAccountAsync(scene.Code, "grid-worker");
        (await stranger.GetJsonAsync("/api/grid/grids")).AsArray().ShouldBeEmpty();
        await (await stranger.PostAsJsonAsync("/api/grid/grids", new { name = "私建", level = "area", parentId = scene.Community.Id() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
    }

    [Fact]
    public async Task The_signboard_is_public_and_shows_only_staff_who_agreed()
    {
        var scene = await GridScene.CreateAsync(platform);
        await scene.Admin.PostOkAsync($"/api/grid/grids/{scene.Group.Id()}/staff", new { name = "王警官", role = "police", phone = "13800001111", showOnSignboard = true });
        await scene.Admin.PostOkAsync($"/api/grid/grids/{scene.Group.Id()}/staff", new { name = "不公开", role = "gridWorker", phone = "13800002222" });

        var anonymous = platform.Anonymous();
        var board = await anonymous.GetJsonAsync($"/api/grid/public/signboards/{scene.Group.Str("code")}");
        board.Str("name").ShouldBe("第一网格");
        var person = board["staff"]!.AsArray().ShouldHaveSingleItem()!;
        person.Str("name").ShouldBe("王警官");
        person.Str("phone").ShouldBe("13800001111");

        await (await anonymous.GetAsync($"/api/grid/public/signboards/{scene.Code}-3-99")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
        await (await anonymous.GetAsync("/api/grid/public/signboards/nothing")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.GridNotFound");
        (await anonymous.GetAsync("/api/grid/grids")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync($"/api/grid/grids/{scene.Group.Id()}/staff")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_Party_modules_building_liaison_arrives_as_read_only_staff_of_the_grid()
    {
        var scene = await GridScene.CreateAsync(platform, "GridManagement", "PartyOrganization");
        var branch = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "社区党支部", kind = "branch" });
        var resident = await scene.Admin.PostOkAsync("/api/residents/people", new { name = "陈联络" });
        var member = await scene.Admin.PostOkAsync("/api/party/members", new
        {
            residentId = resident.Id(), unitId = branch.Id(), joinedOn = "1990-07-01", status = "full", fullSince = "1991-07-01", category = "retired",
            relationHeld = "community", monthlyIncomeFen = 400_000,
        });

        (await scene.Admin.PutAsJsonAsync($"/api/party/liaisons/{scene.Buildings[0]}", new { memberId = member.Id() })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var liaison = default(System.Text.Json.Nodes.JsonNode);
        for (var i = 0; i < 100 && liaison is null; i++)
        {
            liaison = (await scene.Admin.GetJsonAsync($"/api/grid/grids/{scene.Group.Id()}/staff")).AsArray().FirstOrDefault(s => s!.Str("role") == "partyLiaison");
            if (liaison is null) await Task.Delay(200);
        }

        liaison.ShouldNotBeNull();
        liaison.Str("name").ShouldBe("陈联络");
        liaison["fromParty"]!.GetValue<bool>().ShouldBeTrue();
        await (await scene.Admin.DeleteAsync($"/api/grid/grids/{scene.Group.Id()}/staff/{liaison.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.StaffNotFound");
    }
}

[Collection(PlatformCollection.Name)]
public sealed class GridPublicSurfaceTests(PlatformFixture platform)
{
    [Fact]
    public void Only_the_signboard_of_the_grid_module_is_open_without_an_account()
    {
        var sources = platform.Factory.Services.GetServices<Microsoft.AspNetCore.Routing.EndpointDataSource>();
        var open = sources.SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } route && (route.StartsWith("api/grid", StringComparison.OrdinalIgnoreCase) || route.StartsWith("grid/", StringComparison.OrdinalIgnoreCase)))
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!.ToLowerInvariant())
            .Distinct().OrderBy(r => r).ToList();

        open.ShouldBe(["api/grid/public/signboards/{code}", "grid/signboards/{code}"]);
    }
}
