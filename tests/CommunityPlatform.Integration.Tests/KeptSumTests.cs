using System.Text.Json.Nodes;
using System.Net;
using System.Net.Http.Headers;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// A view of many communities (a city of thousands) keeps its sums for minutes (decision 0015): the overview once for
/// all its pages and sorts, the scope=city reports per address, each saying when it was summed. Here "many" is one,
/// so the five demo communities are such a view.
/// </summary>
public sealed class KeptSumTests
{
    [Fact]
    public async Task Every_page_and_sort_of_a_city_overview_reads_one_kept_sum_and_a_report_says_when_it_was_summed()
    {
        using var factory = new PlatformFactory<Program>(new Dictionary<string, string?> { ["Platform:Oversight:KeepFrom"] = "1" });
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.TokenAsync("admin"));

        var first = await admin.GetJsonAsync("/api/platform/overview");
        var sorted = await admin.GetJsonAsync("/api/platform/overview?sort=party.members&desc=true&pageSize=2");
        var excel = await admin.GetAsync("/api/platform/overview.xlsx");

        sorted.Str("summedAt").ShouldBe(first.Str("summedAt"));
        sorted["communities"]!.AsArray().Count.ShouldBe(2);
        sorted["communities"]![0]!["values"]!["party.members"]!["count"]!.GetValue<long>()
            .ShouldBe(first["communities"]!.AsArray().Max(r => r!["values"]!["party.members"] is { } v ? v["count"]!.GetValue<long>() : 0));
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);

        var report = await admin.GetAsync("/api/grid/reports/events?scope=city");
        var again = await admin.GetAsync("/api/grid/reports/events?scope=city");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.Headers.GetValues("X-Figures-At").Single().ShouldNotBeNullOrEmpty();
        (await again.Content.ReadAsStringAsync()).ShouldBe(await report.Content.ReadAsStringAsync());
    }
}

[Collection(PlatformCollection.Name)]
public sealed class LiveSumTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_view_of_few_communities_shows_a_write_in_its_overview_at_once()
    {
        var admin = await platform.AdminAsync();
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var grid = (await secretary.GetJsonAsync("/api/grid/grids?level=buildingGroup")).AsArray()[0]!;
        static long OpenOf(JsonNode overview) =>
            overview["communities"]!.AsArray().Single(r => r!.Str("code") == "wuyijie")!["values"]!["grid.open"]!["count"]!.GetValue<long>();

        var before = OpenOf(await admin.GetJsonAsync("/api/platform/overview?pageSize=1000"));
        await secretary.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "sanitation", title = "总览实时测试" });
        var after = OpenOf(await admin.GetJsonAsync("/api/platform/overview?pageSize=1000"));

        after.ShouldBe(before + 1);
    }
}
