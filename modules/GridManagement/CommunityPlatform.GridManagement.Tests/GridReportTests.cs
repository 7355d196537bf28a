using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task Event_report_counts_states_and_kinds_with_rates_beside_their_counts()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (_, post) = await scene.WorkerAsync(scene.Group.Id());
        var closed = await Through(scene, post, await Report(scene, "sanitation", "垃圾堆放"), "accept", "assign", "start", "resolve", "close");
        await Through(scene, post, await Report(scene, "dispute", "噪音纠纷", parties: "张某、李某"), "accept", "assign", "start", "resolve");
        await Report(scene, "safety", "电线裸露", reportedAt: DateTime.UtcNow.AddDays(-3));

        var report = await scene.Admin.GetJsonAsync<EventReport>("/api/grid/reports/events");
        report.Scope.ShouldBe("community");
        report.Total.ShouldBe(3);
        Count(report.ByState, "closed").ShouldBe(1);
        Count(report.ByState, "resolved").ShouldBe(1);
        Count(report.ByState, "reported").ShouldBe(1);
        Count(report.ByKind, "dispute").ShouldBe(1);
        RateOf(report.Closure).ShouldBe((1, 3, 33.3m));
        RateOf(report.OnTime).ShouldBe((2, 2, 100m));
        report.OverdueInProgress.ShouldBe(1);
        report.Satisfaction.Of.ShouldBe(1);
        closed.Str("state").ShouldBe("closed");

        var disputes = await scene.Admin.GetJsonAsync<DisputeReport>("/api/grid/reports/disputes");
        disputes.Found.ShouldBe(1);
        disputes.Mediated.ShouldBe(1);
        disputes.Settled.ShouldBe(1);
    }

    [Fact]
    public async Task Patrol_coverage_and_diary_entries_per_worker_over_a_period()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());
        await worker.PostOkAsync("/api/grid/patrols", new { gridId = scene.Group.Id(), buildingIds = scene.Buildings.Take(2), at = "2025-06-02T01:00:00Z" });
        await worker.PostOkAsync("/api/grid/patrols", new { gridId = scene.Group.Id(), buildingIds = scene.Buildings.Take(1), at = "2025-06-03T01:00:00Z", findings = new[] { new { text = "路面破损" } } });
        await worker.PostOkAsync("/api/grid/visits", new { gridId = scene.Group.Id(), notes = "走访独居老人", on = "2025-06-02" });
        await worker.PostOkAsync("/api/grid/visits", new { gridId = scene.Group.Id(), notes = "走访低保户", on = "2025-06-03" });

        var patrols = await scene.Admin.GetJsonAsync<PatrolReport>("/api/grid/reports/patrols?from=2025-06-02&to=2025-06-03");
        patrols.Rounds.ShouldBe(2);
        patrols.Findings.ShouldBe(1);
        RateOf(patrols.Coverage).ShouldBe((3, 4, 75m));

        var diaries = await scene.Admin.GetJsonAsync<DiaryReport>("/api/grid/reports/diaries?from=2025-06-01&to=2025-06-30");
        diaries.Total.ShouldBe(2);
        diaries.ByWorker.ShouldHaveSingleItem().Count.ShouldBe(2);

        await (await scene.Admin.GetAsync("/api/grid/reports/patrols?from=2025-06-03&to=2025-06-02")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Fact]
    public async Task A_community_account_may_not_ask_for_the_street_and_a_grid_worker_counts_their_own_grids()
    {
        var scene = await GridScene.CreateAsync(platform);
        var other = await scene.GridAsync("第二网格", null, scene.Buildings[2]);
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());
        await Report(scene, "other", "本网格的事");
        await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = other.Id(), source = "online", kind = "other", title = "别的网格" });

        (await scene.Admin.GetJsonAsync<EventReport>("/api/grid/reports/events")).Total.ShouldBe(2);
        (await worker.GetJsonAsync<EventReport>("/api/grid/reports/events")).Total.ShouldBe(1);
        await (await worker.GetAsync("/api/grid/reports/events?scope=street")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Report.ScopeForbidden");

        var city = await platform.AdminAsync(scene.Code);
        var street = await city.GetJsonAsync<EventReport>("/api/grid/reports/events?scope=street");
        street.Scope.ShouldBe("street");
        street.Communities.ShouldBeGreaterThanOrEqualTo(1);
    }

    private static (int Count, int Of, decimal Percent) RateOf(Rate rate) => (rate.Count, rate.Of, rate.Percent);

    private static int Count(IReadOnlyList<CountLine> lines, string key) => lines.Single(l => l.Key == key).Count;

    private static Task<JsonNode> Report(GridScene scene, string kind, string title, string? parties = null, DateTime? reportedAt = null) =>
        scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind, title, parties, reportedAt });

    private static async Task<JsonNode> Through(GridScene scene, JsonNode post, JsonNode ev, params string[] actions)
    {
        foreach (var action in actions)
        {
            var response = await scene.Admin.PostAsJsonAsync($"/api/grid/events/{ev.Id()}/steps", new
            {
                action, staffId = action == "assign" ? post.Id() : null, outcome = "settled", satisfaction = "satisfied", concurrencyStamp = ev.Str("concurrencyStamp"),
            });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            ev = await response.JsonAsync();
        }

        return ev;
    }
}
