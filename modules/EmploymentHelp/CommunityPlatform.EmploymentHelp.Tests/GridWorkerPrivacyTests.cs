using System.Net.Http.Json;
using System.Net;
using CommunityPlatform.Application;

namespace CommunityPlatform.EmploymentHelp.Tests;

/// <summary>Sensitive records reach a grid worker only for the residents of their own grids; the labour officer reads them whole.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GridWorkerPrivacyTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_grid_worker_reads_the_low_income_and_job_seeker_records_of_their_own_grids_only()
    {
        var code = (await platform.NewCommunityAsync(EmploymentHelpModuleName.Value, "GridManagement")).Str("code");
        var admin = await platform.AdminAsync(code);
        var officer = await platform.NewAccountAsync(code, EmploymentRoles.LabourOfficer);
        var (mine, theirs) = (await admin.PostOkAsync("/api/residents/buildings", new { number = "1" }), await admin.PostOkAsync("/api/residents/buildings", new { number = "2" }));
        var top = await admin.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var area = await admin.PostOkAsync("/api/grid/grids", new { name = "片区", level = "area", parentId = top.Id() });
        var grid = await admin.PostOkAsync("/api/grid/grids", new { name = "第一网格", level = "buildingGroup", parentId = area.Id(), buildingIds = new[] { mine.Id() } });
        var worker = await platform.NewAccountAsync(code, "grid-worker");
        await admin.PostOkAsync($"/api/grid/grids/{grid.Id()}/staff", new { name = "李网格", role = "gridWorker", accountId = (await worker.GetJsonAsync("/api/account/me")).Id(), phone = "13912345678" });

        foreach (var building in new[] { mine, theirs })
        {
            var household = await admin.PostOkAsync("/api/residents/households", new { buildingId = building.Id(), address = $"{building.Str("number")}号楼", dwelling = "1单元101" });
            var resident = await admin.PostOkAsync("/api/residents/people", new { name = $"居民{building.Str("number")}", householdId = household.Id() });
            await officer.PostOkAsync("/api/employment/low-income", new { householdId = household.Id(), monthlyAmountFen = 60_000, approvedOn = EmploymentScene.Today });
            await officer.PostOkAsync("/api/employment/job-seekers", new { residentId = resident.Id(), registeredOn = EmploymentScene.Today });
        }

        var seen = await worker.GetJsonAsync<Paged<LowIncomeHouseholdDto>>("/api/employment/low-income");
        seen.Items.ShouldHaveSingleItem().Address.ShouldBe("1号楼");
        (await worker.GetJsonAsync<Paged<JobSeekerDto>>("/api/employment/job-seekers")).Items.ShouldHaveSingleItem().Name.ShouldBe("居民1");
        (await officer.GetJsonAsync<Paged<LowIncomeHouseholdDto>>("/api/employment/low-income")).Total.ShouldBe(2);
        await (await worker.PostAsJsonAsync("/api/employment/visits", new { householdId = seen.Items[0].HouseholdId, on = EmploymentScene.Today, visitors = "李网格" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
    }
}
