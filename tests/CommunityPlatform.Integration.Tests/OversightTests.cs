using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests;

// Why: a street account (街道) read nothing of a community it oversees where a module filtered by its own rules, and a
// street's total left out the community named in X-Community. These tests read the host's OpenAPI document, so that
// every module — one added later too — is held to the rule without a test of its own: a street account reads what
// the community's secretary reads, writes nothing but its street actions, and a street's figures are the sum of its
// communities' figures.

[Collection(PlatformCollection.Name)]
public sealed class OversightTests(PlatformFixture platform)
{
    private const string Street = "renminlu-supervisor";

    /// <summary>Operations with the fields the tests need, from <c>/openapi/v1.json</c>.</summary>
    private sealed record Operation(string Method, string Path, bool CommunityScoped, bool StreetAction, bool ReadOnlyAllowed, bool Public, bool HasBody, IReadOnlyList<string> Permissions)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private async Task<List<Operation>> OperationsAsync()
    {
        var document = await platform.Anonymous().GetJsonAsync("/openapi/v1.json");
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, node) in item!.AsObject())
        {
            if (node is not JsonObject operation || method == "parameters") continue;
            var parameters = operation["parameters"]?.AsArray() ?? [];
            operations.Add(new Operation(method.ToUpperInvariant(), path,
                parameters.Any(p => p!["name"]!.GetValue<string>() == "X-Community"),
                operation["x-street-action"] is not null, operation["x-read-only-accounts"] is not null, operation["security"] is JsonArray { Count: 0 },
                operation["requestBody"] is not null,
                operation["x-permissions"]?.AsArray().Select(p => p!.GetValue<string>()).ToList() ?? []));
        }

        return operations;
    }

    [Fact]
    public async Task A_street_account_reads_every_list_of_a_community_as_its_secretary_does()
    {
        var street = await platform.SignInAsync(Street, community: "wuyijie");
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        // A module withholds a list of sensitive people (低保 households, difficulty cases) from streets by leaving its
        // permission out of the street's template: the street then counts them in reports. Any other list it reads.
        var held = (await street.GetJsonAsync<CommunityPlatform.Identity.MeDto>("/api/account/me")).Permissions.ToHashSet();
        var lists = (await OperationsAsync())
            .Where(o => o is { Method: "GET", CommunityScoped: true, Public: false } && !o.Path.Contains('{') && !o.Path.EndsWith(".xlsx", StringComparison.Ordinal))
            .Where(o => o.Permissions.All(held.Contains)).ToList();
        // ...but no module's lists are withheld whole: the street reads at least one of each area.
        var areas = (await OperationsAsync()).Where(o => o is { Method: "GET", CommunityScoped: true, Public: false }).Select(o => o.Path.Split('/')[2]).Distinct();
        areas.Where(area => !lists.Any(l => l.Path.Split('/')[2] == area)).ShouldBeEmpty();
        lists.Count.ShouldBeGreaterThan(10);
        var findings = new List<string>();
        var read = 0;
        foreach (var list in lists)
        {
            var theirs = await secretary.GetAsync(list.Path);
            var ours = await street.GetAsync(list.Path);
            if (theirs.StatusCode != HttpStatusCode.OK) continue;
            read++;
            if (ours.StatusCode != HttpStatusCode.OK)
            {
                findings.Add($"{list}: the secretary reads it, the street gets {(int)ours.StatusCode} {Shorten(await ours.Content.ReadAsStringAsync())}");
                continue;
            }

            if (theirs.Content.Headers.ContentType?.MediaType != "application/json") continue;
            var (a, b) = (Ids(await theirs.Content.ReadAsStringAsync()), Ids(await ours.Content.ReadAsStringAsync()));
            if (!a.SetEquals(b)) findings.Add($"{list}: the street sees {b.Count} ids, the secretary {a.Count}");
        }

        read.ShouldBeGreaterThan(10);
        findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_street_account_sees_sensitive_categories_as_counts_never_on_a_person()
    {
        var own = await platform.NewStreetAsync(1);
        var community = own.Communities[0];
        var secretary = await platform.NewAccountAsync(community, "secretary");
        var person = await secretary.PostOkAsync("/api/residents/people", new { name = "低保测试", tags = new[] { "lowIncome", "veteran" } });
        var household = await secretary.PostOkAsync("/api/residents/households", new { address = "测试路1号", tags = new[] { "lowIncome", "rented" } });
        var street = await platform.SignInAsync(own.Supervisor, community: community);

        (await street.GetJsonAsync($"/api/residents/people/{person.Id()}"))["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["veteran"]);
        (await street.GetJsonAsync("/api/residents/people"))["items"]!.AsArray().Single()!["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["veteran"]);
        (await street.GetJsonAsync($"/api/residents/households/{household.Id()}"))["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["rented"]);
        (await secretary.GetJsonAsync($"/api/residents/people/{person.Id()}"))["tags"]!.AsArray().Count.ShouldBe(2);
        // The city sees counts too.
        (await (await platform.AdminAsync(community)).GetJsonAsync($"/api/residents/people/{person.Id()}"))["tags"]!.AsArray().Count.ShouldBe(1);
        await (await street.GetAsync("/api/residents/people?tag=lowIncome")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await street.GetAsync("/api/residents/households?tag=lowIncome")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        (await street.GetJsonAsync("/api/residents/people?tag=veteran"))["total"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_street_account_writes_nothing_but_its_street_actions()
    {
        var own = await platform.NewStreetAsync(1, "PartyOrganization", "GridManagement");
        var street = await platform.SignInAsync(own.Supervisor, community: own.Communities[0]);
        var writes = (await OperationsAsync()).Where(o => o.Method != "GET" && !o.Public).ToList();
        writes.ShouldContain(o => o.StreetAction, "no street action in the document");
        var findings = new List<string>();
        foreach (var write in writes)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(write.Path, "\\{[^}]+\\}", _ => Guid.CreateVersion7().ToString());
            using var request = new HttpRequestMessage(new HttpMethod(write.Method), url);
            if (write.HasBody) request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            var answer = await street.SendAsync(request);
            var text = await answer.Content.ReadAsStringAsync();
            var refusedAsReadOnly = answer.StatusCode == HttpStatusCode.Forbidden && text.Contains("\"Account.ReadOnly\"");
            if (write.StreetAction || write.ReadOnlyAllowed)
            {
                // Allowed to try; an empty body about an unknown record is still not done.
                if (refusedAsReadOnly || answer.IsSuccessStatusCode) findings.Add($"{write}: {(int)answer.StatusCode} {Shorten(text)}");
            }
            else if (!refusedAsReadOnly)
            {
                findings.Add($"{write}: {(int)answer.StatusCode} {Shorten(text)} — must be 403 Account.ReadOnly");
            }
        }

        findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_street_and_city_report_is_the_sum_of_its_communities_reports()
    {
        var reports = (await OperationsAsync()).Where(o => o.Method == "GET" && o.Path.StartsWith("/api/") && o.Path.Contains("/reports/") && !o.Path.Contains('{')).Where(o => !o.Path.EndsWith(".xlsx", StringComparison.Ordinal)).ToList();
        reports.Count.ShouldBeGreaterThanOrEqualTo(9);

        // A street of the test's own, whose communities differ, so that no other test's write moves its sums.
        // Every business module on, so that each report has communities to sum (the demo street below has their demo data).
        var modules = (await (await platform.AdminAsync()).GetJsonAsync("/api/platform/modules")).AsArray()
            .Where(m => !m!["isPlatform"]!.GetValue<bool>()).Select(m => m!.Str("name")).ToArray();
        var own = await platform.NewStreetAsync(3, modules);
        for (var i = 0; i < 2; i++) await PopulateAsync(own.Communities[i], events: 3 + 2 * i);
        var findings = new List<string>();
        var supervisor = await platform.SignInAsync(own.Supervisor);
        foreach (var report in reports)
        {
            // Whatever X-Community names, and with none: the same street total.
            var parts = new List<JsonNode>();
            foreach (var community in own.Communities)
                parts.Add(await (await platform.SignInAsync(own.Supervisor, community: community)).GetJsonAsync(report.Path + "?scope=community"));
            foreach (var named in own.Communities.Select(c => (string?)c).Append(null))
            {
                var client = named is null ? supervisor : await platform.SignInAsync(own.Supervisor, community: named);
                var whole = await client.GetJsonAsync(report.Path + "?scope=street");
                findings.AddRange(Differences(whole, parts).Select(d => $"{report} scope=street with X-Community {named ?? "(none)"}: {d}"));
            }
        }

        // The demo street, with every module's demo data, as its street account sees it.
        var demo = await platform.SignInAsync(Street);
        var communities = (await demo.GetJsonAsync("/api/account/me"))["communities"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToList();
        communities.ShouldContain("wuyijie");
        foreach (var report in reports)
        {
            var parts = new List<JsonNode>();
            foreach (var community in communities)
            {
                var answer = await (await platform.SignInAsync(Street, community: community)).GetAsync(report.Path + "?scope=community");
                if (answer.StatusCode == HttpStatusCode.OK) parts.Add(await answer.JsonAsync());
            }

            var whole = await demo.GetJsonAsync(report.Path + "?scope=street");
            findings.AddRange(Differences(whole, parts).Select(d => $"{report} scope=street on renminlu: {d}"));
        }

        findings.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_city_overview_lists_the_five_communities_with_every_modules_figures_and_sums_them()
    {
        // Every community on one page: other tests of this host add communities of their own.
        var overview = await (await platform.AdminAsync()).GetJsonAsync("/api/platform/overview?pageSize=1000");
        overview.Str("scope").ShouldBe("city");
        var figures = overview["modules"]!.AsArray().SelectMany(m => m!["figures"]!.AsArray()).Select(f => f!.Str("key")).ToList();
        figures.ShouldContain("party.members");
        figures.ShouldContain("grid.open");
        figures.ShouldContain("culture.activities");
        figures.ShouldContain("employment.placements");
        figures.ShouldContain("market.letStalls");
        var rows = overview["communities"]!.AsArray();
        var moduleOf = overview["modules"]!.AsArray().SelectMany(m => m!["figures"]!.AsArray().Select(f => (Key: f!.Str("key"), Module: m.Str("name")))).ToDictionary(f => f.Key, f => f.Module);
        foreach (var code in new[] { "xincun", "chonghua", "tachenglu", "oufengliyuan", "wuyijie" })
        {
            // A community shows the figures of every module it has on — the market only where there is one (chonghua).
            var on = (await (await platform.AdminAsync()).GetJsonAsync($"/api/platform/communities/{code}/modules")).AsArray()
                .Where(m => m!["enabled"]!.GetValue<bool>()).Select(m => m!.Str("name")).ToHashSet();
            var row = rows.Single(r => r!.Str("code") == code)!;
            foreach (var key in figures.Where(k => on.Contains(moduleOf[k]))) row["values"]![key].ShouldNotBeNull($"{code} has no {key}");
        }

        rows.Single(r => r!.Str("code") == "chonghua")!["values"]!["market.letStalls"]!["count"]!.GetValue<long>().ShouldBeGreaterThan(0);
        rows.Single(r => r!.Str("code") == "tachenglu")!["values"]!["culture.activities"]!["count"]!.GetValue<long>().ShouldBeGreaterThan(100);

        rows.Single(r => r!.Str("code") == "xincun")!["values"]!["party.members"]!["count"]!.GetValue<long>().ShouldBeGreaterThan(200);
        foreach (var key in figures)
            overview["total"]![key]!["count"]!.GetValue<long>().ShouldBe(rows.Sum(r => r!["values"]![key] is JsonObject v ? v["count"]!.GetValue<long>() : 0), key);
        overview["trend"]!.AsArray().Count.ShouldBeGreaterThanOrEqualTo(12);

        var street = await (await platform.SignInAsync(Street)).GetJsonAsync("/api/platform/overview");
        street.Str("scope").ShouldBe("street");
        street["communities"]!.AsArray().Select(r => r!.Str("code")).ShouldContain("wuyijie");
        street["communities"]!.AsArray().Select(r => r!.Str("code")).ShouldNotContain("xincun");
        await (await (await platform.SecretaryOfAsync("wuyijie")).GetAsync("/api/platform/overview")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Overview.StreetOrCityOnly");
        var excel = await (await platform.AdminAsync()).GetAsync("/api/platform/overview.xlsx");
        excel.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await excel.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task The_overview_comes_a_page_at_a_time_in_the_order_asked_with_the_total_of_every_community()
    {
        var admin = await platform.AdminAsync();
        var whole = await admin.GetJsonAsync("/api/platform/overview?pageSize=1000");
        var count = whole["totalCommunities"]!.GetValue<int>();
        count.ShouldBe(whole["communities"]!.AsArray().Count);
        count.ShouldBeGreaterThanOrEqualTo(5);
        long Open(JsonNode? row) => row!["values"]!["grid.open"] is JsonObject v ? v["count"]!.GetValue<long>() : -1;
        var byOpen = whole["communities"]!.AsArray().Select(Open).Where(v => v >= 0).OrderDescending().ToList();

        var first = await admin.GetJsonAsync("/api/platform/overview?sort=grid.open&desc=true&page=1&pageSize=2");
        var second = await admin.GetJsonAsync("/api/platform/overview?sort=grid.open&desc=true&page=2&pageSize=2");

        first["communities"]!.AsArray().Count.ShouldBe(2);
        first["totalCommunities"]!.GetValue<int>().ShouldBe(count);
        first["page"]!.GetValue<int>().ShouldBe(1);
        first["pageSize"]!.GetValue<int>().ShouldBe(2);
        first["communities"]!.AsArray().Concat(second["communities"]!.AsArray()).Select(Open).ShouldBe(byOpen.Take(4));
        // The total is of every community, whatever the page.
        first["total"]!["grid.open"]!["count"]!.GetValue<long>().ShouldBe(whole["total"]!["grid.open"]!["count"]!.GetValue<long>());
        var byName = (await admin.GetJsonAsync("/api/platform/overview?sort=name&pageSize=1000"))["communities"]!.AsArray().Select(r => r!.Str("name")).ToList();
        byName.ShouldBe(byName.Order(StringComparer.Ordinal).ToList());

        var refused = await admin.GetAsync("/api/platform/overview?sort=nothing.here");
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        problem["errors"]!["sort"].ShouldNotBeNull();
        (await (await admin.GetAsync("/api/platform/overview?pageSize=100000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid"))["errors"]!["pageSize"].ShouldNotBeNull();
    }

    [Fact]
    public async Task A_street_account_lands_on_its_overview_not_on_choose_a_community()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, Street);
        var landing = await console.Client.GetAsync("/");
        landing.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        landing.Headers.Location!.ToString().ShouldBe("/overview");
        var page = await console.PageAsync("/overview?sort=grid.open&desc=true");
        page.ShouldContain("id=\"overview-ranking\"");
        page.ShouldContain("data-community=\"wuyijie\"");
        page.ShouldNotContain("请在页面上方选择一个社区");
    }

    [Fact]
    public async Task A_streets_display_account_sees_the_big_screen_and_nothing_else()
    {
        var own = await platform.NewStreetAsync(1, "GridManagement");
        var street = await platform.SignInAsync(own.Supervisor);
        var userName = $"{own.Code}-screen";
        var display = await street.PostOkAsync("/api/identity/displays", new { userName, password = PlatformFactory.Password });
        display.Str("kind").ShouldBe("display");
        (await street.GetJsonAsync("/api/identity/displays")).AsArray().Select(a => a!.Str("userName")).ShouldBe([userName]);
        // Only a street (or the city) makes them: a community's secretary may not.
        await (await (await platform.SecretaryOfAsync("wuyijie")).PostAsJsonAsync("/api/identity/displays", new { userName = userName + "x", password = PlatformFactory.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");

        var screen = await platform.SignInAsync(userName);
        var inCommunity = await platform.SignInAsync(userName, community: own.Communities[0]);
        foreach (var url in new[] { "/api/platform/overview", "/api/grid/events", "/api/residents/people", "/api/platform/streets", "/api/grid/reports/events?scope=street" })
            await (await inCommunity.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await screen.PostAsJsonAsync("/api/identity/displays", new { userName = userName + "y", password = PlatformFactory.Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");

        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);
        (await console.PageAsync("/", HttpStatusCode.Redirect)).ShouldBeEmpty();
        var page = await console.PageAsync("/screen");
        page.ShouldContain($"data-community=\"{own.Communities[0]}\"");
        page.ShouldContain("id=\"screen-feed\"");
        var data = await console.Client.GetAsync("/screen?handler=Data");
        data.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await data.Content.ReadAsStringAsync()).ShouldContain("\"feed\"");
        (await console.Client.GetAsync("/overview")).Headers.Location!.ToString().ShouldBe("/screen");
    }

    /// <summary>Grid events of every kind and state, different per community.</summary>
    private async Task PopulateAsync(string community, int events)
    {
        var admin = await platform.AdminAsync(community);
        var grid = await admin.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        string[] kinds = ["sanitation", "facilities", "welfare", "safety", "other"];
        for (var i = 0; i < events; i++)
        {
            var ev = await admin.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = kinds[i % kinds.Length], title = $"测试事件{i}", reportedAt = DateTime.UtcNow.AddDays(-i - 1) });
            if (i % 2 == 0) ev = await admin.PostOkAsync($"/api/grid/events/{ev.Id()}/steps", new { action = "accept", concurrencyStamp = ev.Str("concurrencyStamp") }, HttpStatusCode.OK);
            if (i % 4 == 0) await admin.PostOkAsync($"/api/grid/events/{ev.Id()}/steps", new { action = "escalate", concurrencyStamp = ev.Str("concurrencyStamp") }, HttpStatusCode.OK);
        }

        await admin.PostOkAsync("/api/grid/visits", new { gridId = grid.Id(), notes = "走访", on = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)).ToString("yyyy-MM-dd") });
    }

    // Not sums: how many communities and the per-community breakdown, the period, percentages, averages and ratios
    // (hours per volunteer), and yuan shown beside the fen they are taken from (the fen are checked).
    private static readonly HashSet<string> NotSummed = new(StringComparer.OrdinalIgnoreCase) { "communities", "byCommunity", "year", "quarter", "month", "percent" };

    private static bool Summed(string name) =>
        !NotSummed.Contains(name) && !name.StartsWith("average", StringComparison.OrdinalIgnoreCase)
        && !name.Contains("Per", StringComparison.Ordinal) && !name.EndsWith("Yuan", StringComparison.Ordinal);

    /// <summary>Where the whole's integer figures differ from the sum of the parts' (lines matched by their key).</summary>
    private static IEnumerable<string> Differences(JsonNode whole, IReadOnlyList<JsonNode> parts)
    {
        var sum = new Dictionary<string, long>();
        foreach (var part in parts)
        foreach (var (path, value) in Figures(part))
            sum[path] = sum.GetValueOrDefault(path) + value;
        var total = new Dictionary<string, long>();
        foreach (var (path, value) in Figures(whole)) total[path] = total.GetValueOrDefault(path) + value;
        foreach (var path in sum.Keys.Union(total.Keys).Order(StringComparer.Ordinal))
            if (sum.GetValueOrDefault(path) != total.GetValueOrDefault(path))
                yield return $"{path} is {total.GetValueOrDefault(path)}, the communities' sum {sum.GetValueOrDefault(path)}";
    }

    private static IEnumerable<(string Path, long Value)> Figures(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                    if (Summed(name))
                        foreach (var figure in Figures(child, $"{path}.{name}")) yield return figure;
                break;
            case JsonArray a:
                // Lines with a key are matched by it; others are summed over the list.
                foreach (var item in a)
                foreach (var figure in Figures(item, $"{path}[{(item is JsonObject line && line["key"] is JsonValue key ? key.ToString() : "*")}]"))
                    yield return figure;
                break;
            case JsonValue v when v.TryGetValue<long>(out var number):
                yield return (path, number);
                break;
            case JsonValue v when v.TryGetValue<decimal>(out var d) && d == decimal.Truncate(d) && v.ToJsonString().All(c => char.IsDigit(c) || c == '-'):
                yield return (path, (long)d);
                break;
        }
    }

    private static HashSet<string> Ids(string json) =>
        System.Text.RegularExpressions.Regex.Matches(json, "\"id\":\"([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).ToHashSet();

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
