using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.GridManagement.Tests;

// Why: what a community cannot solve goes up to the street (上报街道); before, it reached nobody and the street had no
// step to answer it. The street reads its communities' grids and events as their secretary does, and answers escalated
// events — its only writes — as steps the community sees.

[Collection(PlatformCollection.Name)]
public sealed class GridOversightTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_street_reads_wuyijies_grids_and_events_as_its_secretary_does()
    {
        var street = await platform.SignInAsync("renminlu-supervisor", community: "wuyijie");
        var secretary = await platform.SecretaryOfAsync("wuyijie");

        var grids = (await street.GetJsonAsync("/api/grid/grids")).AsArray();
        grids.Count.ShouldBeGreaterThanOrEqualTo(6);
        grids.Select(g => g!.Id()).ShouldBe((await secretary.GetJsonAsync("/api/grid/grids")).AsArray().Select(g => g!.Id()));
        var events = await street.GetJsonAsync("/api/grid/events?pageSize=100");
        events["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
        events["total"]!.GetValue<int>().ShouldBe((await secretary.GetJsonAsync("/api/grid/events?pageSize=100"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_escalated_event_reaches_the_street_which_instructs_the_community_and_the_community_sees_the_step()
    {
        var street = await platform.NewStreetAsync(2, "GridManagement");
        var (community, other) = (street.Communities[0], street.Communities[1]);
        var secretary = await platform.AdminAsync(community);
        var grid = await secretary.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var ev = await secretary.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "facilities", title = "小区围墙倒塌" });
        ev = await Step(secretary, ev, new { action = "accept" });
        ev = await Step(secretary, ev, new { action = "escalate", note = "需街道协调城管" });

        var supervisor = await platform.SignInAsync(street.Supervisor);
        var inbox = await supervisor.GetJsonAsync("/api/grid/oversight/inbox");
        inbox["total"]!.GetValue<int>().ShouldBe(1);
        var item = inbox["items"]!.AsArray().Single()!;
        item.Str("communityCode").ShouldBe(community);
        item["event"]!.Id().ShouldBe(ev.Id());

        // The street writes nothing of the community's but its answers.
        var inCommunity = await platform.SignInAsync(street.Supervisor, community: community);
        await (await inCommunity.PostAsJsonAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "other", title = "街道代报" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.ReadOnly");
        await (await inCommunity.PostAsJsonAsync($"/api/grid/events/{ev.Id()}/steps", new { action = "resolve", concurrencyStamp = ev.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.ReadOnly");
        // Nor may a community answer for the street.
        await (await secretary.PostAsJsonAsync($"/api/grid/oversight/events/{ev.Id()}/steps", new { action = "receive", concurrencyStamp = ev.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.EventNotEscalatedHere");

        ev = await Answer(inCommunity, ev, new { action = "receive" });
        await (await inCommunity.PostAsJsonAsync($"/api/grid/oversight/events/{ev.Id()}/steps", new { action = "instruct", concurrencyStamp = ev.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.NoteRequired");
        var deadline = DateTime.UtcNow.AddDays(5);
        ev = await Answer(inCommunity, ev, new { action = "instruct", note = "请联系城管执法中队，三日内设置围挡", deadline });
        // A card the street gives is recorded on the event whatever its state.
        ev = await Answer(inCommunity, ev, new { action = "supervise", level = "yellowCard", note = "请按时办结" });

        var seen = await secretary.GetJsonAsync($"/api/grid/events/{ev.Id()}");
        seen.Str("state").ShouldBe("accepted");
        seen.Str("supervision").ShouldBe("yellowCard");
        var instruction = seen["steps"]!.AsArray().Single(s => s!.Str("action") == "instruct")!;
        instruction.Str("action").ShouldBe("instruct");
        instruction.Str("level").ShouldBe("street");
        instruction.Str("note").ShouldBe("请联系城管执法中队，三日内设置围挡");
        instruction.Str("by").ShouldBe(street.Supervisor);
        instruction["deadline"]!.GetValue<DateTime>().ShouldBe(deadline, TimeSpan.FromSeconds(1));
        seen["deadline"]!.GetValue<DateTime>().ShouldBe(deadline, TimeSpan.FromSeconds(1));
        (await supervisor.GetJsonAsync("/api/grid/oversight/inbox"))["total"]!.GetValue<int>().ShouldBe(0);

        // The answer is counted in the street's figures, and in the community's own.
        var figures = await supervisor.GetJsonAsync<EscalationReport>("/api/grid/reports/escalations?scope=street");
        figures.Communities.ShouldBe(2);
        (figures.Street.Received, figures.Street.Answered, figures.Street.AnsweredOnTime, figures.Street.Waiting).ShouldBe((1, 1, 1, 0));
        (await secretary.GetJsonAsync<EscalationReport>("/api/grid/reports/escalations")).Street.Answered.ShouldBe(1);
        (await (await platform.AdminAsync(other)).GetJsonAsync<EscalationReport>("/api/grid/reports/escalations")).Street.Received.ShouldBe(0);
    }

    [Fact]
    public async Task The_street_sends_up_to_the_city_which_concludes_and_cards_are_recorded()
    {
        var street = await platform.NewStreetAsync(1, "GridManagement");
        var community = street.Communities[0];
        var secretary = await platform.AdminAsync(community);
        var grid = await secretary.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var ev = await secretary.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "dispute", title = "物业与业主纠纷", parties = "物业公司、业主代表" });
        ev = await Step(secretary, ev, new { action = "accept" });
        ev = await Step(secretary, ev, new { action = "escalate" });

        var inCommunity = await platform.SignInAsync(street.Supervisor, community: community);
        ev = await Answer(inCommunity, ev, new { action = "supervise", level = "redCard", note = "超期未处置" });
        ev.Str("supervision").ShouldBe("redCard");
        ev = await Answer(inCommunity, ev, new { action = "escalate", note = "涉及区级部门" });
        ev.Str("state").ShouldBe("escalatedToCity");
        await (await inCommunity.PostAsJsonAsync($"/api/grid/oversight/events/{ev.Id()}/steps", new { action = "receive", concurrencyStamp = ev.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.EventNotEscalatedHere");

        var city = await platform.AdminAsync();
        var inbox = (await city.GetJsonAsync("/api/grid/oversight/inbox?pageSize=100"))["items"]!.AsArray();
        inbox.ShouldContain(i => i!["event"]!.Id() == ev.Id() && i!.Str("level") == "city");
        var asCity = await platform.AdminAsync(community);
        await (await asCity.PostAsJsonAsync($"/api/grid/oversight/events/{ev.Id()}/steps", new { action = "conclude", note = "已协调区住建局", concurrencyStamp = ev.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.DisputeOutcomeRequired");
        ev = await Answer(asCity, ev, new { action = "conclude", note = "已协调区住建局，双方达成协议", outcome = "settled" });
        ev.Str("state").ShouldBe("closed");
        ev["steps"]!.AsArray().Select(s => s!["level"] is JsonValue level ? level.GetValue<string>() : "community").ShouldBe(["community", "community", "community", "street", "street", "city"]);

        var own = await asCity.GetJsonAsync<EscalationReport>("/api/grid/reports/escalations");
        (own.Street.Received, own.Street.Answered, own.City.Received, own.City.Answered).ShouldBe((1, 1, 1, 1));
    }

    [Fact]
    public async Task The_street_answers_on_its_inbox_page_and_the_community_sees_the_instruction()
    {
        var street = await platform.NewStreetAsync(2, "GridManagement");
        var community = street.Communities[1];
        var secretary = await platform.AdminAsync(community);
        var grid = await secretary.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var ev = await secretary.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "online", kind = "sanitation", title = "河道漂浮物" });
        ev = await Step(secretary, ev, new { action = "accept" });
        ev = await Step(secretary, ev, new { action = "escalate" });
        await platform.SignInAsync(street.Supervisor); // chooses its own password, as a first sign-in must

        var console = await ConsoleSession.SignInAsync(platform.Factory, street.Supervisor);
        (await console.PageAsync("/overview")).ShouldContain("/grid/oversight");
        var page = await console.PageAsync("/grid/oversight");
        page.ShouldContain($"data-event=\"{ev.Id()}\"");
        var answered = await console.SubmitAsync("/grid/oversight", new()
        {
            ["community"] = community, ["id"] = ev.Id(), ["Action"] = "Instruct", ["Note"] = "请联系河道保洁单位当日打捞",
            ["Deadline"] = DateTime.UtcNow.AddHours(8 + 48).ToString("yyyy-MM-ddTHH:mm"), ["ConcurrencyStamp"] = ev.Str("concurrencyStamp"),
        });
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await answered.Content.ReadAsStringAsync());

        var seen = await secretary.GetJsonAsync($"/api/grid/events/{ev.Id()}");
        seen.Str("state").ShouldBe("accepted");
        seen["steps"]!.AsArray().Last()!.Str("note").ShouldBe("请联系河道保洁单位当日打捞");
        (await console.PageAsync("/grid/oversight")).ShouldNotContain($"data-event=\"{ev.Id()}\"");
        // The community's own page shows the street's instruction as a step.
        var userName = "sec" + Guid.NewGuid().ToString("N")[..8];
        await secretary.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "secretary" } });
        await platform.SignInAsync(userName);
        var own = await ConsoleSession.SignInAsync(platform.Factory, userName);
        var eventPage = await own.PageAsync($"/grid/events/{ev.Id()}");
        eventPage.ShouldContain("请联系河道保洁单位当日打捞");
        eventPage.ShouldContain("（街道）");
    }

    private static async Task<JsonNode> Step(HttpClient client, JsonNode ev, object step) =>
        await client.PostOkAsync($"/api/grid/events/{ev.Id()}/steps", Merge(step, ev), HttpStatusCode.OK);

    private static async Task<JsonNode> Answer(HttpClient client, JsonNode ev, object step, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync($"/api/grid/oversight/events/{ev.Id()}/steps", Merge(step, ev));
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync());
        return expected == HttpStatusCode.OK ? await response.JsonAsync() : ev;
    }

    private static JsonObject Merge(object step, JsonNode ev)
    {
        var body = JsonSerializer.SerializeToNode(step, HttpJson.Options)!.AsObject();
        body["concurrencyStamp"] = ev.Str("concurrencyStamp");
        return body;
    }
}
