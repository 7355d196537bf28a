using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace CommunityPlatform.GridManagement.Tests;

// Why: issue 18 tried the grid worker's day on a phone and found a household picker of 44 identical labels, a patrol
// form without disputes, events tied to no household, steps signed with the login name, a list that stopped at 50,
// hotline reporters saved and never shown, Party figures on the worker's home that answer "access denied", reports that
// could be neither exported nor printed, and English left in the module's messages. Each flow here, over HTTP as the
// account that does it; GridWorkerBrowserTests walks the same on a phone and a desktop.

[Collection(PlatformCollection.Name)]
public sealed partial class GridWorkerFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_visit_diary_picks_a_household_by_building_door_and_householder()
    {
        var (api, grid) = await WorkerAsync();
        var households = (await api.GetJsonAsync($"/api/grid/grids/{grid.Id()}/ledger"))["households"]!.AsArray();
        var labels = households.Select(h => h!.Str("label")).ToList();
        labels.Distinct().Count().ShouldBeGreaterThan(households.Count / 2, string.Join(" | ", labels));
        var headed = households.First(h => h!["householder"] is not null)!;
        headed.Str("label").ShouldBe($"{headed.Str("building")}号楼 {headed.Str("dwelling")} {headed.Str("householder")}");

        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var page = await worker.PageAsync($"/grid/grids/{grid.Id()}");
        page.ShouldContain("id=\"household-filter\"");
        page.ShouldContain($"<option value=\"{headed.Id()}\">{headed.Str("label")}</option>");
    }

    [Fact]
    public async Task The_patrol_form_offers_every_kind_raises_its_finding_by_default_and_a_dispute_with_its_parties_becomes_an_event()
    {
        var (api, grid) = await WorkerAsync();
        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var page = await worker.PageAsync($"/grid/grids/{grid.Id()}");
        foreach (var kind in Enum.GetNames<EventKind>()) page.ShouldContain($"<option value=\"{kind}\"");
        RaiseChecked().IsMatch(page).ShouldBeTrue("上报为事件 is ticked by default");

        var building = grid["buildingIds"]!.AsArray()[0]!.GetValue<string>();
        var finding = "页面巡查：两户因晾衣杆争吵" + Suffix();
        var saved = await worker.SubmitAsync($"/grid/grids/{grid.Id()}", new()
        {
            ["BuildingIds"] = building, ["Finding"] = finding, ["Kind"] = "Dispute", ["Parties"] = "3号楼201户与301户", ["RaiseEvent"] = "true",
        }, $"/grid/grids/{grid.Id()}?handler=patrol");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var ev = (await api.GetJsonAsync("/api/grid/events?pageSize=100"))["items"]!.AsArray().Single(e => e!.Str("title") == finding)!;
        ev.Str("kind").ShouldBe("dispute");
        ev.Str("parties").ShouldBe("3号楼201户与301户");
    }

    [Fact]
    public async Task An_event_links_a_resident_and_their_household_whose_page_shows_its_visits_events_and_wishes_together()
    {
        var (api, grid) = await WorkerAsync();
        var ledger = await api.GetJsonAsync($"/api/grid/grids/{grid.Id()}/ledger");
        var resident = ledger["residents"]!.AsArray().First(r => r!["householdId"] is not null)!;
        var household = resident.Str("householdId");
        var title = "热线：楼道灯坏" + Suffix();
        var ev = await api.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "facilities", title, residentId = resident.Id() });
        ev.Str("residentId").ShouldBe(resident.Id());
        ev.Str("householdId").ShouldBe(household);
        (await api.GetJsonAsync($"/api/grid/events?householdId={household}"))["items"]!.AsArray().ShouldContain(e => e!.Id() == ev.Id());
        await (await api.PostAsJsonAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "other", title, householdId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.HouseholdNotFound");
        await (await api.PostAsJsonAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "other", title, residentId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.ResidentNotFound");

        var notes = "走访：老人腿脚不便" + Suffix();
        await api.PostOkAsync("/api/grid/visits", new { gridId = grid.Id(), householdId = household, notes });
        var wish = "微心愿：一副老花镜" + Suffix();
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        await secretary.PostOkAsync("/api/party/wishes", new { residentId = resident.Id(), wish, postedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)) });

        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var page = await worker.PageAsync($"/grid/households/{household}");
        page.ShouldContain(notes);
        page.ShouldContain(title);
        page.ShouldContain(wish);
        page.ShouldContain(resident.Str("name"));
        page.ShouldContain("id=\"household-pairings\"");
        (await worker.PageAsync($"/grid/events/{ev.Id()}")).ShouldContain($"/grid/households/{household}");

        // A household outside the worker's grids is not theirs to open; the secretary's resident page links the file.
        var elsewhere = (await secretary.GetJsonAsync("/api/residents/households?pageSize=100"))["items"]!.AsArray()
            .First(h => ledger["households"]!.AsArray().All(m => m!.Id() != h!.Id()))!;
        await worker.PageAsync($"/grid/households/{elsewhere.Id()}", HttpStatusCode.NotFound);
        var console = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        (await console.PageAsync($"/residents/people/{resident.Id()}")).ShouldContain($"href=\"/grid/households/{household}\"");
    }

    [Fact]
    public async Task Steps_and_patrols_name_the_worker_and_the_report_step_carries_the_report_time_with_its_offset()
    {
        var (api, grid) = await WorkerAsync();
        var me = await api.GetJsonAsync("/api/account/me");
        var post = (await api.GetJsonAsync($"/api/grid/grids/{grid.Id()}/staff")).AsArray().First(s => s!["accountId"]?.GetValue<string>() == me.Id())!;
        var finding = "巡查：消防栓漏水" + Suffix();
        var patrol = await api.PostOkAsync("/api/grid/patrols", new
        {
            gridId = grid.Id(), buildingIds = new[] { grid["buildingIds"]!.AsArray()[0]!.GetValue<string>() },
            findings = new[] { new { text = finding, raiseEvent = true, kind = "safety" } },
        });
        patrol.Str("patroller").ShouldBe(post.Str("name"));
        patrol.Str("patroller").ShouldNotBe("wuyijie-gridworker");
        var raised = await api.GetJsonAsync($"/api/grid/events/{patrol["findings"]!.AsArray()[0]!.Str("eventId")}");
        raised["steps"]!.AsArray()[0]!.Str("by").ShouldBe(post.Str("name"));

        // Seeded events: the report step is the first, at the report time; every instant carries its offset.
        var response = await api.GetAsync("/api/grid/events?pageSize=100");
        var raw = await response.Content.ReadAsStringAsync();
        ReportedAtWithoutOffset().IsMatch(raw).ShouldBeFalse(raw[..Math.Min(raw.Length, 400)]);
        var events = JsonNode.Parse(raw)!["items"]!.AsArray();
        foreach (var e in events)
        {
            var steps = e!["steps"]!.AsArray();
            steps[0]!.Str("action").ShouldBe("report");
            var ats = steps.Select(s => DateTime.Parse(s!.Str("at"), null, System.Globalization.DateTimeStyles.RoundtripKind)).ToList();
            // MariaDB keeps the report time to the microsecond, the steps (JSON) to the tick.
            (ats[0] - DateTime.Parse(e.Str("reportedAt"), null, System.Globalization.DateTimeStyles.RoundtripKind)).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
            ats.ShouldBe(ats.OrderBy(a => a).ToList(), e.Str("title"));
        }
    }

    [Fact]
    public async Task The_events_list_pages_through_every_event_with_the_filters_kept()
    {
        var secretary = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        var api = await platform.SecretaryOfAsync("wuyijie");
        var total = (await api.GetJsonAsync("/api/grid/events?pageSize=1"))["total"]!.GetValue<int>();
        total.ShouldBeGreaterThan(30);
        var first = await secretary.PageAsync("/grid/events");
        first.ShouldContain("rel=\"next\"");
        var titles = EventLinks().Matches(first).Select(m => m.Groups[1].Value).ToList();
        titles.Count.ShouldBe(30);
        var seen = new HashSet<string>(titles);
        var page = 1;
        string html = first;
        while (NextLink().Match(html) is { Success: true } next)
        {
            html = await secretary.PageAsync(WebUtility.HtmlDecode(next.Groups[1].Value));
            foreach (Match m in EventLinks().Matches(html)) seen.Add(m.Groups[1].Value).ShouldBeTrue("a page repeats an event");
            page++;
        }

        seen.Count.ShouldBe((await api.GetJsonAsync("/api/grid/events?pageSize=1"))["total"]!.GetValue<int>());
        page.ShouldBe((seen.Count + 29) / 30);
        var overdue = await secretary.PageAsync("/grid/events?overdue=true&page=1");
        overdue.ShouldContain("class=\"pager\"");
    }

    [Fact]
    public async Task A_hotline_events_reporter_and_source_are_shown_and_the_phone_is_masked_for_the_street()
    {
        var api = await platform.SecretaryOfAsync("wuyijie");
        var grid = (await api.GetJsonAsync("/api/grid/grids")).AsArray().First(g => g!.Str("level") == "buildingGroup")!;
        var title = "热线：小区路灯不亮" + Suffix();
        var ev = await api.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "facilities", title, reporter = "张先生 13912345678" });

        var secretary = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        var page = await secretary.PageAsync($"/grid/events/{ev.Id()}");
        page.ShouldContain("民情热线");
        page.ShouldContain("张先生 13912345678");
        (await secretary.PageAsync("/grid/events")).ShouldContain("张先生 13912345678");

        var street = await ConsoleSession.SignInAsync(platform.Factory, "renminlu-supervisor");
        (await street.SubmitAsync("/overview", new() { ["code"] = "wuyijie" }, "/console/community")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var read = await street.PageAsync($"/grid/events/{ev.Id()}");
        read.ShouldContain("张先生 139****5678");
        read.ShouldNotContain("13912345678");
    }

    [Fact]
    public async Task Every_link_of_the_grid_workers_home_page_opens()
    {
        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var home = await worker.PageAsync("/");
        home.ShouldNotContain("href=\"/party/");
        var links = Links().Matches(home).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.StartsWith('/') && !h.StartsWith("//")).Distinct().ToList();
        links.ShouldContain("/grid/grids");
        foreach (var link in links)
        {
            var response = await worker.Client.GetAsync(link);
            // The language switch answers with a redirect back to the page; anything else must open as it is.
            if (response.StatusCode == HttpStatusCode.Redirect && link.StartsWith("/console/language"))
                response = await worker.Client.GetAsync(response.Headers.Location!);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{link} → {response.Headers.Location}");
        }

        // The secretary, who may open the Party's pages, still sees its figures.
        (await (await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary")).PageAsync("/")).ShouldContain("href=\"/party/reports\"");
    }

    [Fact]
    public async Task The_weekly_quarterly_and_evaluation_reports_export_to_Excel_with_the_figures_and_print()
    {
        var secretary = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        var api = await platform.SecretaryOfAsync("wuyijie");
        var page = await secretary.PageAsync("/grid/rhythm");
        page.ShouldContain("data-print");
        var exports = ExportLinks().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        exports.Count.ShouldBe(3);

        var week = await api.GetJsonAsync("/api/grid/rhythm/weekly");
        var weekly = await SheetsAsync(secretary.Client, exports.Single(e => e.EndsWith("weekly")));
        Value(weekly["汇总"], "巡查").ShouldBe(week["patrols"]!.GetValue<int>().ToString());
        Value(weekly["汇总"], "走访").ShouldBe(week["visits"]!.GetValue<int>().ToString());
        weekly["各网格"].Count.ShouldBe(week["grids"]!.AsArray().Count);

        var quarter = await api.GetJsonAsync("/api/grid/rhythm/quarterly");
        var quarterly = await SheetsAsync(secretary.Client, exports.Single(e => e.EndsWith("quarterly")));
        Value(quarterly["汇总"], "事件").ShouldBe(quarter["eventsReported"]!.GetValue<int>().ToString());
        quarterly["按类别"].Count.ShouldBe(quarter["byKind"]!.AsArray().Count);

        var year = await api.GetJsonAsync("/api/grid/rhythm/evaluation");
        var evaluation = await SheetsAsync(secretary.Client, exports.Single(e => e.EndsWith("evaluation")));
        evaluation["网格"].Count.ShouldBe(year["grids"]!.AsArray().Count);
        evaluation["网格"][0]["名称"]!.ToString().ShouldBe(year["grids"]!.AsArray()[0]!.Str("label"));
        Convert.ToDecimal(evaluation["网格"][0]["得分"]).ShouldBe(year["grids"]!.AsArray()[0]!["score"]!.GetValue<decimal>());

        // The API answers the same workbooks to a client with a token.
        foreach (var report in new[] { "weekly", "quarterly", "evaluation" })
            (await SheetsAsync(api, $"/api/grid/rhythm/{report}.xlsx")).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_grid_module_answers_and_shows_a_Chinese_reader_no_English()
    {
        var (api, grid) = await WorkerAsync();
        var refused = await api.PostAsJsonAsync("/api/grid/patrols", new { gridId = Guid.NewGuid(), buildingIds = Array.Empty<string>() });
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.GridNotFound");
        // What a person reads of a refusal: its title, detail and field messages (not its codes, keys or links).
        var read = new[] { problem["title"], problem["detail"] }.Concat(problem["errors"]?.AsObject().SelectMany(e => e.Value!.AsArray()) ?? [])
            .Where(n => n is not null).Select(n => n!.GetValue<string>()).ToList();
        read.ShouldNotBeEmpty();
        read.SelectMany(m => English().Matches(m).Select(w => w.Value)).ShouldBeEmpty(string.Join(" | ", read));

        var ev = (await api.GetJsonAsync("/api/grid/events?pageSize=1"))["items"]!.AsArray()[0]!;
        var household = (await api.GetJsonAsync($"/api/grid/grids/{grid.Id()}/ledger"))["households"]!.AsArray()[0]!.Id();
        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        foreach (var url in new[] { $"/grid/grids/{grid.Id()}", "/grid/events", $"/grid/events/{ev.Id()}", $"/grid/households/{household}", "/grid/rhythm", "/grid/reports", "/grid/meetings" })
        {
            var main = MainElement().Match(await worker.PageAsync(url)).Groups[1].Value;
            var text = WebUtility.HtmlDecode(Tags().Replace(main, " "));
            English().Matches(text).Where(m => m.Value is not ("Excel" or "wuyijie"))
                .Select(m => text.Substring(Math.Max(0, m.Index - 30), Math.Min(text.Length - Math.Max(0, m.Index - 30), m.Length + 60)).Trim())
                .ShouldBeEmpty(url);
        }
    }

    /// <summary>Digits only: the pages these titles appear on are checked for Latin letters.</summary>
    private static string Suffix() => Random.Shared.Next(1000, 10000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(HttpClient Api, JsonNode Grid)> WorkerAsync()
    {
        var api = await platform.SignInAsync("wuyijie-gridworker");
        return (api, (await api.GetJsonAsync("/api/grid/grids")).AsArray().Single()!);
    }

    private static async Task<Dictionary<string, List<IDictionary<string, object?>>>> SheetsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcel.GetSheetNames(file).ToDictionary(name => name,
            name => MiniExcel.Query(file, useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList());
    }

    private static string? Value(List<IDictionary<string, object?>> rows, string item) =>
        rows.Single(r => r["项目"]?.ToString() == item)["数值"]?.ToString();

    [GeneratedRegex("<input type=\"checkbox\" name=\"RaiseEvent\" value=\"true\" id=\"raise-event\" checked")]
    private static partial Regex RaiseChecked();

    [GeneratedRegex("\"reportedAt\":\"[0-9T:.-]+\"")]
    private static partial Regex ReportedAtWithoutOffset();

    [GeneratedRegex("<a href=\"/grid/events/([0-9a-f-]{36})\">")]
    private static partial Regex EventLinks();

    [GeneratedRegex("rel=\"next\" href=\"([^\"]+)\"")]
    private static partial Regex NextLink();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Links();

    [GeneratedRegex("href=\"(/grid/rhythm\\?handler=export[^\"]*)\"")]
    private static partial Regex ExportLinks();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex English();

    [GeneratedRegex("<main>(.*)</main>", RegexOptions.Singleline)]
    private static partial Regex MainElement();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
