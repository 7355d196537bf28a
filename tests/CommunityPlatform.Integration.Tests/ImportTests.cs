using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MiniExcelLibs;

namespace CommunityPlatform.Integration.Tests;

/// <summary>Residents in from Excel: every row checked, nothing saved from a bad file unless asked, big files in the background.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ImportTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_file_with_a_bad_row_imports_nothing_and_reports_the_row_unless_only_good_rows_are_asked_for()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync(code);
        var id = TestIds.Next();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');
        var file = Xlsx(
            Row("张一", "男", "1950-03-01", "汉族", "", "13800000001", "户籍", "独居老人"),
            Row("李二", "女", "", "回族", TestIds.Next(male: false), "", "流动", ""),
            Row("王三", "", "", "", wrong, "", "", ""),
            Row("赵四", "", "", "", "", "0554-6661234", "常住", "残疾人、低保"));

        var refused = await RunAsync(admin, file, onlyValidRows: false);
        refused["imported"]!.GetValue<int>().ShouldBe(0);
        var error = refused["errors"]!.AsArray().Single()!;
        error["row"]!.GetValue<int>().ShouldBe(4);
        error.Str("field").ShouldBe("idNumber");
        (await admin.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBe(0);

        var partial = await RunAsync(admin, file, onlyValidRows: true);
        partial["imported"]!.GetValue<int>().ShouldBe(3);
        // Sensitive categories by name are for the community's own staff: the city sees them as counts.
        var secretary = await platform.NewAccountAsync(code, "secretary");
        var zhao = (await secretary.GetJsonAsync($"/api/residents/people?name={Uri.EscapeDataString("赵四")}"))["items"]![0]!;
        zhao["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["disabled", "lowIncome"], ignoreOrder: true);
        zhao.Str("residenceType").ShouldBe("permanent");
    }

    [Fact]
    public async Task An_old_xls_file_is_refused_with_a_clear_message()
    {
        var admin = await platform.AdminAsync((await platform.NewCommunityAsync()).Str("code"));
        var ole2 = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole2, 0);

        var response = await admin.PostAsync("/api/residents/imports", Upload(ole2, "居民.xls", false));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Residents.ImportXlsxOnly");
    }

    [Fact]
    public async Task Ten_thousand_rows_are_imported_in_the_background()
    {
        var admin = await platform.AdminAsync((await platform.NewCommunityAsync()).Str("code"));
        var rows = Enumerable.Range(1, 10_000).Select(i => Row($"居民{i:00000}", i % 2 == 0 ? "女" : "男", "1970-01-01", "汉族", "", $"139{i:00000000}", "户籍", "")).ToArray();

        var job = await RunAsync(admin, Xlsx(rows), onlyValidRows: false);

        job.Str("state").ShouldBe("completed");
        job["imported"]!.GetValue<int>().ShouldBe(10_000);
        (await admin.GetJsonAsync("/api/residents/people?pageSize=1"))["total"]!.GetValue<int>().ShouldBe(10_000);
    }

    [Fact]
    public async Task The_template_has_the_columns_of_the_import()
    {
        var admin = await platform.AdminAsync("xincun");

        using var stream = new MemoryStream(await admin.GetByteArrayAsync("/api/residents/imports/template.xlsx"));

        var header = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().First().Keys;
        header.ShouldBe(["姓名", "性别", "出生日期", "民族", "身份证号", "联系电话", "居住类型", "标签"]);
    }

    private static async Task<JsonNode> RunAsync(HttpClient client, byte[] file, bool onlyValidRows)
    {
        var started = await client.PostAsync("/api/residents/imports", Upload(file, "居民.xlsx", onlyValidRows));
        started.StatusCode.ShouldBe(HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var id = (await started.JsonAsync()).Id();
        for (var i = 0; i < 600; i++)
        {
            var job = await client.GetJsonAsync($"/api/residents/imports/{id}");
            if (job.Str("state") is "completed" or "failed") return job;
            await Task.Delay(100);
        }

        throw new TimeoutException("The import did not finish.");
    }

    private static MultipartFormDataContent Upload(byte[] file, string name, bool onlyValidRows)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { content, "file", name }, { new StringContent(onlyValidRows ? "true" : "false"), "onlyValidRows" } };
    }

    private static Dictionary<string, object?> Row(string name, string gender, string born, string ethnicity, string idNumber, string phone, string type, string tags) => new()
    {
        ["姓名"] = name, ["性别"] = gender, ["出生日期"] = born, ["民族"] = ethnicity, ["身份证号"] = idNumber, ["联系电话"] = phone, ["居住类型"] = type, ["标签"] = tags,
    };

    private static byte[] Xlsx(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }
}
