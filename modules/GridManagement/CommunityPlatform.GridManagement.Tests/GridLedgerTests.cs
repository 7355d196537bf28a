using System.Net;
using MiniExcelLibs;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridLedgerTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_grids_file_is_read_live_from_the_registry_and_exports_to_Excel()
    {
        var scene = await GridScene.CreateAsync(platform);
        var rented = await scene.Admin.PostOkAsync("/api/residents/households", new { buildingId = scene.Buildings[0], address = "1号楼1单元101", tenure = "rented" });
        var owned = await scene.Admin.PostOkAsync("/api/residents/households", new { buildingId = scene.Buildings[1], address = "2号楼2单元202" });
        var elsewhere = await scene.Admin.PostOkAsync("/api/residents/households", new { buildingId = scene.Buildings[2], address = "3号楼1单元101" });
        await scene.Admin.PostOkAsync("/api/residents/people", new { name = "流动甲", householdId = rented.Id(), residenceType = "mobile" });
        await scene.Admin.PostOkAsync("/api/residents/people", new { name = "低保乙", householdId = owned.Id(), tags = new[] { "lowIncome", "disabled" } });
        await scene.Admin.PostOkAsync("/api/residents/people", new { name = "重点丙", householdId = owned.Id(), tags = new[] { "keyPerson" } });
        await scene.Admin.PostOkAsync("/api/residents/people", new { name = "别楼丁", householdId = elsewhere.Id(), tags = new[] { "lowIncome" } });

        var ledger = await scene.Admin.GetJsonAsync($"/api/grid/grids/{scene.Group.Id()}/ledger");
        var counts = ledger["counts"]!;
        counts["buildings"]!.GetValue<int>().ShouldBe(2);
        counts["households"]!.GetValue<int>().ShouldBe(2);
        counts["residents"]!.GetValue<int>().ShouldBe(3);
        counts["rentedHomes"]!.GetValue<int>().ShouldBe(1);
        counts["mobilePopulation"]!.GetValue<int>().ShouldBe(1);
        counts["keyPersons"]!.GetValue<int>().ShouldBe(1);
        var lowIncome = ledger["specialGroups"]!.AsArray().Single(g => g!.Str("tag") == "lowIncome")!;
        lowIncome["people"]!.AsArray().ShouldHaveSingleItem()!.Str("name").ShouldBe("低保乙");

        // The level-1 grid's file holds the buildings of every grid below it.
        (await scene.Admin.GetJsonAsync($"/api/grid/grids/{scene.Community.Id()}/ledger"))["counts"]!["residents"]!.GetValue<int>().ShouldBe(3);

        var file = await scene.Admin.GetAsync($"/api/grid/grids/{scene.Group.Id()}/ledger.xlsx");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).ShouldContain("流动人口");
        var people = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "居民").Cast<IDictionary<string, object>>().ToList();
        people.Select(p => p["姓名"]).ShouldBe(["流动甲", "低保乙", "重点丙"], ignoreOrder: true);
    }
}
