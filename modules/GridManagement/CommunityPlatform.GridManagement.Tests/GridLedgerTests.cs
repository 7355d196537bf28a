using System.Net;
using CommunityPlatform.Residents;
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

        // The secretary reads the special groups by name; the city (scene.Admin) would see them as counts.
        var secretary = await platform.NewAccountAsync(scene.Code, "secretary");
        var ledger = await secretary.GetJsonAsync<GridLedger>($"/api/grid/grids/{scene.Group.Id()}/ledger");
        ledger.Counts.ShouldBe(new LedgerCounts(Buildings: 2, Households: 2, Residents: 3, RentedHomes: 1, MobilePopulation: 1, KeyPersons: 1));
        var lowIncome = ledger.SpecialGroups.Single(g => g.Tag == ResidentTag.LowIncome);
        lowIncome.People.ShouldHaveSingleItem().Name.ShouldBe("低保乙");

        // The level-1 grid's file holds the buildings of every grid below it.
        (await scene.Admin.GetJsonAsync<GridLedger>($"/api/grid/grids/{scene.Community.Id()}/ledger")).Counts.Residents.ShouldBe(3);

        var file = await scene.Admin.GetAsync($"/api/grid/grids/{scene.Group.Id()}/ledger.xlsx");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        MiniExcel.GetSheetNames(stream).ShouldContain("流动人口");
        var people = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "居民").Cast<IDictionary<string, object>>().ToList();
        people.Select(p => p["姓名"]).ShouldBe(["流动甲", "低保乙", "重点丙"], ignoreOrder: true);
    }
}
