using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CommunityPlatform.Residents.Application;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CommunityPlatform.Integration.Tests.SeveralHosts;

/// <summary>
/// Excel imports are jobs in the database: any instance reads one, a restart keeps it, one instance runs it, and a job
/// whose instance died is taken over — started again when nothing was saved yet, ended as failed with the reason when
/// some rows were.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportJobTests(PlatformFixture platform)
{
    private IServiceProvider Services => platform.Factory.Services;

    [Fact]
    public async Task An_import_is_read_from_the_database_after_the_host_that_ran_it_restarted()
    {
        var name = "imp" + Guid.NewGuid().ToString("N")[..9];
        Guid id;
        using (var first = new PlatformFactory<Program>(name: name) { KeepData = true })
        {
            var admin = await AdminAsync(first);
            var started = await admin.PostAsync("/api/residents/imports", Upload(Xlsx(3)));
            started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
            id = Guid.Parse((await started.JsonAsync()).Id());
            (await FinishedAsync(admin, id)).Str("state").ShouldBe("completed");
        }

        using var second = new PlatformFactory<Program>(name: name);
        var job = await (await AdminAsync(second)).GetJsonAsync($"/api/residents/imports/{id}");

        job.Str("state").ShouldBe("completed");
        job["imported"]!.GetValue<int>().ShouldBe(3);
        job["processed"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task A_job_whose_instance_died_before_saving_is_started_again_and_completes_once()
    {
        var (community, admin) = await CommunityAsync();
        var id = await LeftByADeadInstanceAsync(community, Xlsx(4), imported: 0);

        await Services.GetRequiredService<ImportRunner>().ClaimDueAsync(CancellationToken.None);

        var job = await FinishedAsync(admin, id);
        job.Str("state").ShouldBe("completed");
        job["imported"]!.GetValue<int>().ShouldBe(4);
        (await admin.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBe(4);
        var row = await RowAsync(community, id);
        row.Runs.ShouldBe(2);
        row.File.ShouldBeNull();
    }

    [Fact]
    public async Task A_job_whose_instance_died_while_saving_is_ended_as_failed_with_the_reason()
    {
        var (community, admin) = await CommunityAsync();
        var id = await LeftByADeadInstanceAsync(community, Xlsx(4), imported: 2);

        await Services.GetRequiredService<ImportRunner>().ClaimDueAsync(CancellationToken.None);

        var job = await FinishedAsync(admin, id);
        job.Str("state").ShouldBe("failed");
        job.Str("failure").ShouldContain("已导入 2 行");
        job["imported"]!.GetValue<int>().ShouldBe(2);
        (await admin.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Of_two_runners_looking_at_once_exactly_one_runs_a_job()
    {
        var (community, admin) = await CommunityAsync();
        var id = await LeftByADeadInstanceAsync(community, Xlsx(5), imported: 0, state: "queued");
        var runners = new[] { Services.GetRequiredService<ImportRunner>(), ActivatorUtilities.CreateInstance<ImportRunner>(Services) };

        var started = await Task.WhenAll(runners.Select(r => Task.Run(() => r.ClaimDueAsync(CancellationToken.None))));

        started.SelectMany(s => s).Count(s => s == id).ShouldBeLessThanOrEqualTo(1);
        (await FinishedAsync(admin, id)).Str("state").ShouldBe("completed");
        (await RowAsync(community, id)).Runs.ShouldBe(1);
        (await admin.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBe(5);
    }

    /// <summary>A job as an instance leaves it when killed: claimed, its claim lapsed, some rows perhaps saved already.</summary>
    private async Task<Guid> LeftByADeadInstanceAsync(CommunityInfo community, byte[] file, int imported, string state = "running")
    {
        await using var scope = Services.CreateAsyncScope(community);
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDbContext>();
        var job = new ImportJob
        {
            AccountId = Guid.CreateVersion7(), AccountName = "admin", OnlyValidRows = false, File = file, Total = 4, State = state,
            Processed = imported > 0 ? 4 : 1, Imported = imported, Runs = state == "running" ? 1 : 0,
            ClaimedBy = state == "running" ? "dead-host:1:00000000/run" : null,
            ClaimedUntil = state == "running" ? DateTime.UtcNow.AddMinutes(-1) : null,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync();
        return job.Id;
    }

    private async Task<ImportJob> RowAsync(CommunityInfo community, Guid id)
    {
        await using var scope = Services.CreateAsyncScope(community);
        return await scope.ServiceProvider.GetRequiredService<ResidentsDbContext>().ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
    }

    private async Task<(CommunityInfo Community, HttpClient Admin)> CommunityAsync()
    {
        // A street of its own: the tests that count renminlu's communities are not disturbed.
        var code = (await platform.NewStreetAsync(1)).Communities[0];
        return (Services.GetRequiredService<ICommunityDirectory>().FindByCode(code).ShouldNotBeNull(), await platform.AdminAsync(code));
    }

    private static async Task<HttpClient> AdminAsync(PlatformFactory<Program> factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync("admin"));
        client.DefaultRequestHeaders.Add("X-Community", "xincun");
        return client;
    }

    private static async Task<JsonNode> FinishedAsync(HttpClient client, Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var job = await client.GetJsonAsync($"/api/residents/imports/{id}");
            if (job.Str("state") is "completed" or "failed") return job;
            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish.");
    }

    private static MultipartFormDataContent Upload(byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", "居民.xlsx" }, { new StringContent("false"), "onlyValidRows" } };
    }

    private static byte[] Xlsx(int rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(Enumerable.Range(1, rows).Select(i => new Dictionary<string, object?>
        {
            ["姓名"] = $"导入{i}", ["性别"] = "男", ["出生日期"] = "1960-05-01", ["民族"] = "汉族", ["身份证号"] = "", ["联系电话"] = $"1370000{i:0000}", ["居住类型"] = "户籍", ["标签"] = "",
        }));
        return stream.ToArray();
    }
}
