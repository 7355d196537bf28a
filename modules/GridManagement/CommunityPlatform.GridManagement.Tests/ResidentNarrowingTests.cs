using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CommunityPlatform.GridManagement.Tests;

/// <summary>
/// A grid worker reads the registry only for the buildings of the grids they staff (keys supplied by the grid module),
/// and nothing at all where no module supplies keys: the narrowing fails closed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class ResidentNarrowingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_grid_worker_reads_only_the_residents_households_and_buildings_of_their_grids()
    {
        var scene = await GridScene.CreateAsync(platform);
        await scene.GridAsync("第二网格", null, scene.Buildings[2]);
        var inside = await HouseholdWithResidentAsync(scene, scene.Buildings[1], "格内甲");
        var outside = await HouseholdWithResidentAsync(scene, scene.Buildings[2], "格外乙");
        var homeless = await scene.Admin.PostOkAsync("/api/residents/people", new { name = "无楼丙" });
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());

        var people = await worker.GetJsonAsync("/api/residents/people?pageSize=100");
        people["items"]!.AsArray().Select(r => r!.Id()).ShouldBe([inside.Resident.Id()]);
        people["total"]!.GetValue<int>().ShouldBe(1);
        (await worker.GetJsonAsync($"/api/residents/people/{inside.Resident.Id()}")).Str("name").ShouldBe("格内甲");
        await (await worker.GetAsync($"/api/residents/people/{outside.Resident.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.ResidentNotFound");
        await (await worker.GetAsync($"/api/residents/people/{homeless.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.ResidentNotFound");
        (await worker.GetJsonAsync($"/api/residents/people?name={Uri.EscapeDataString("格外")}"))["total"]!.GetValue<int>().ShouldBe(0);

        (await worker.GetJsonAsync("/api/residents/households?pageSize=100"))["items"]!.AsArray().Select(h => h!.Id()).ShouldBe([inside.Household.Id()]);
        await (await worker.GetAsync($"/api/residents/households/{outside.Household.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.HouseholdNotFound");
        (await worker.GetJsonAsync("/api/residents/buildings")).AsArray().Select(b => b!.Id()).ShouldBe(scene.Buildings[..2], ignoreOrder: true);
        await (await worker.GetAsync($"/api/residents/buildings/{scene.Buildings[2]}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.BuildingNotFound");

        // The whole registry is there for the secretary; a worker posted on the area reads every building below it.
        (await scene.Admin.GetJsonAsync("/api/residents/people?pageSize=100"))["total"]!.GetValue<int>().ShouldBe(3);
        var (areaWorker, _) = await scene.WorkerAsync(scene.Area.Id(), "赵片长");
        (await areaWorker.GetJsonAsync("/api/residents/people?pageSize=100"))["items"]!.AsArray().Select(r => r!.Id())
            .ShouldBe([inside.Resident.Id(), outside.Resident.Id()], ignoreOrder: true);

        // A grid worker without a post reads nothing.
        var unposted = await platform.NewAccountAsync(scene.Code, "grid-worker");
        (await unposted.GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(0);
        (await unposted.GetJsonAsync("/api/residents/buildings")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task The_demo_grid_worker_reads_only_the_residents_of_their_grids_buildings_on_the_API_and_the_console()
    {
        var api = await platform.SignInAsync("wuyijie-gridworker");
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var grid = (await api.GetJsonAsync("/api/grid/grids")).AsArray().ShouldHaveSingleItem()!;
        var buildings = grid["buildingIds"]!.AsArray().Select(b => b!.GetValue<string>()).ToHashSet();
        buildings.ShouldNotBeEmpty();

        var expected = 0;
        foreach (var building in buildings)
            expected += (await secretary.GetJsonAsync($"/api/residents/people?buildingId={building}&pageSize=1"))["total"]!.GetValue<int>();
        var seen = await api.GetJsonAsync("/api/residents/people?pageSize=100");
        expected.ShouldBeGreaterThan(0);
        seen["total"]!.GetValue<int>().ShouldBe(expected);
        seen["items"]!.AsArray().ShouldAllBe(r => buildings.Contains(r!["buildingId"]!.GetValue<string>()));
        (await secretary.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBeGreaterThan(expected);

        var outside = (await secretary.GetJsonAsync("/api/residents/people?status=living&pageSize=100"))["items"]!.AsArray()
            .First(r => r!["buildingId"] is JsonValue b && !buildings.Contains(b.GetValue<string>()))!;
        var inside = seen["items"]!.AsArray()[0]!;
        await (await api.GetAsync($"/api/residents/people/{outside.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.ResidentNotFound");

        var console = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var list = await console.PageAsync("/residents/people?pageSize=100");
        Total().Match(list).Groups[1].Value.ShouldBe(expected.ToString());
        PersonLinks().Matches(list).Select(m => m.Groups[1].Value).ShouldBe(seen["items"]!.AsArray().Select(r => r!.Id()), ignoreOrder: true);
        (await console.PageAsync($"/residents/people?pageSize=100&name={Uri.EscapeDataString(outside.Str("name"))}")).ShouldNotContain($"/residents/people/{outside.Id()}\"");
        (await console.PageAsync($"/residents/people?pageSize=100&name={Uri.EscapeDataString(inside.Str("name"))}")).ShouldContain($"/residents/people/{inside.Id()}\"");
        await console.PageAsync($"/residents/people/{outside.Id()}", HttpStatusCode.NotFound);
        var secretaryConsole = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        (await secretaryConsole.PageAsync($"/residents/people?pageSize=100&name={Uri.EscapeDataString(outside.Str("name"))}")).ShouldContain($"/residents/people/{outside.Id()}\"");
    }

    [Fact]
    public async Task With_the_grid_module_switched_off_a_grid_worker_reads_no_residents()
    {
        var scene = await GridScene.CreateAsync(platform);
        var inside = await HouseholdWithResidentAsync(scene, scene.Buildings[0], "关前甲");
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());
        (await worker.GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(1);

        (await (await platform.AdminAsync()).DeleteAsync($"/api/platform/communities/{scene.Code}/modules/GridManagement")).IsSuccessStatusCode.ShouldBeTrue();

        (await worker.GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(0);
        await (await worker.GetAsync($"/api/residents/people/{inside.Resident.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Residents.ResidentNotFound");
        (await worker.GetJsonAsync("/api/residents/households"))["total"]!.GetValue<int>().ShouldBe(0);
        (await worker.GetJsonAsync("/api/residents/buildings")).AsArray().ShouldBeEmpty();
        (await scene.Admin.GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(1);

        // A community that never had the module: the same.
        var plain = (await platform.NewCommunityAsync()).Str("code");
        await (await platform.AdminAsync(plain)).PostOkAsync("/api/residents/people", new { name = "无网格" });
        (await (await platform.NewAccountAsync(plain, "grid-worker")).GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(0);
        (await (await platform.NewAccountAsync(plain, "residents-staff")).GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task The_whole_registry_is_held_by_the_secretary_registry_staff_and_the_street_but_not_the_grid_worker()
    {
        var roles = (await (await platform.AdminAsync()).GetJsonAsync("/api/identity/roles")).AsArray()
            .ToDictionary(r => r!.Str("name"), r => r!["permissions"]!.AsArray().Select(p => p!.GetValue<string>()).ToList());

        foreach (var role in new[] { "secretary", "residents-staff", "street-readonly" })
            roles[role].ShouldContain("Residents.People.All", role);
        roles["grid-worker"].ShouldContain("Residents.View");
        roles["grid-worker"].ShouldNotContain("Residents.People.All");

        // A street account holds it too (it is read-only), so it reads the whole registry of its communities.
        var scene = await GridScene.CreateAsync(platform);
        await HouseholdWithResidentAsync(scene, scene.Buildings[2], "街道可见");
        var admin = await platform.AdminAsync();
        var street = (await admin.GetJsonAsync("/api/platform/streets")).AsArray().First(s => s!.Str("code") == "renminlu")!;
        var userName = "nr" + Guid.NewGuid().ToString("N")[..10];
        (await admin.PostAsJsonAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, kind = "street", streetId = street.Id() })).EnsureSuccessStatusCode();
        var supervisor = await platform.SignInAsync(userName, community: scene.Code);
        (await supervisor.GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(1);
        (await supervisor.GetJsonAsync("/api/grid/grids")).AsArray().Count.ShouldBe(3);
    }

    private static async Task<(JsonNode Household, JsonNode Resident)> HouseholdWithResidentAsync(GridScene scene, string buildingId, string name)
    {
        var household = await scene.Admin.PostOkAsync("/api/residents/households", new { buildingId, address = $"{name}的家", dwelling = "1单元101" });
        var resident = await scene.Admin.PostOkAsync("/api/residents/people", new { name, householdId = household.Id(), idNumber = TestIds.Next() });
        return (household, resident);
    }

    [GeneratedRegex("<span>(?:共|Total) (\\d+)</span>")]
    private static partial Regex Total();

    [GeneratedRegex("<a href=\"/residents/people/([0-9a-f-]{36})\">")]
    private static partial Regex PersonLinks();
}
