using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityPlatform.Application;
using CommunityPlatform.GridManagement;

namespace CommunityPlatform.MarketRegister.Tests;

/// <summary>Complaints through their steps, the vendor's copy without the complainant, and the grid's round trip.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ComplaintTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_short_weight_is_reweighed_handled_answered_and_closed_and_the_vendor_never_sees_who_complained()
    {
        var scene = await MarketScene.CreateAsync(platform, stalls: 1);
        var c = (await scene.Admin.PostOkAsync("/api/market/complaints", new
        {
            marketId = scene.Market.Id, stallId = scene.Stalls[0].Id, kind = "shortWeight", channel = "desk", complainantName = "孙大妈", complainantPhone = "13912345678",
            description = "二斤排骨少了一两",
        })).As<ComplaintDto>();
        c = await StepAsync(scene.Admin, c, new { action = "reweigh", statedGrams = 1000, measuredGrams = 950 });
        await (await scene.Admin.PostAsJsonAsync($"/api/market/complaints/{c.Id}/steps", new { action = "close", satisfaction = "satisfied", concurrencyStamp = c.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Market.ComplaintStepNotAllowed");
        c = await StepAsync(scene.Admin, c, new { action = "handle", handling = "refund" });
        c = await StepAsync(scene.Admin, c, new { action = "answer", note = "已退还差价" });
        c = await StepAsync(scene.Admin, c, new { action = "close", satisfaction = "satisfied" });
        var copy = await scene.Admin.GetAsync($"/api/market/complaints/{c.Id}/vendor-copy");
        var raw = await copy.Content.ReadAsStringAsync();

        c.State.ShouldBe(ComplaintState.Closed);
        c.DeviationGrams.ShouldBe(-50);
        c.Upheld.ShouldBeTrue();
        c.ComplainantPhone.ShouldBe("139****5678");
        c.Steps.Count.ShouldBe(5);
        raw.ShouldNotContain("孙");
        raw.ShouldNotContain("5678");
        (await copy.ReadJsonAsync<VendorComplaintCopyDto>()).Answer.ShouldBe("已退还差价");
    }

    [Fact]
    public async Task A_complaint_sent_to_the_grid_comes_back_closed_when_the_grid_closes_it()
    {
        var scene = await MarketScene.CreateAsync(platform, 1, "GridManagement");
        await scene.Admin.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var c = (await scene.Admin.PostOkAsync("/api/market/complaints", new
        {
            marketId = scene.Market.Id, kind = "blockingRoad", channel = "phone", complainantName = "周先生", description = "市场外占道摆摊堵住路口",
        })).As<ComplaintDto>();

        c = await StepAsync(scene.Admin, c, new { action = "sendToGrid", note = "市场外道路" });
        var ev = await EventuallyAsync(async () => (await scene.Admin.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events")).Items.SingleOrDefault());
        ev = await ActAsync(scene.Admin, ev, new { action = "accept" });
        ev = await ActAsync(scene.Admin, ev, new { action = "escalate", note = "需城管协同" });
        ev = await ActAsync(scene.Admin, ev, new { action = "resolve" });
        await ActAsync(scene.Admin, ev, new { action = "close", satisfaction = "satisfied", note = "已清理占道摊点" });
        var closed = await EventuallyAsync(async () =>
        {
            var now = await scene.Admin.GetJsonAsync<ComplaintDto>($"/api/market/complaints/{c.Id}");
            return now.State == ComplaintState.Closed ? now : null;
        });

        c.State.ShouldBe(ComplaintState.SentToGrid);
        ev.Source.ShouldBe(EventSource.OtherModule);
        ev.Title.ShouldContain("占道经营");
        closed.Satisfaction.ShouldBe(ComplaintSatisfaction.Satisfied);
        closed.Answer.ShouldNotBeNull().ShouldContain("已清理占道摊点");
    }

    [Fact]
    public async Task A_complaint_whose_event_the_street_concludes_comes_back_closed_without_a_verdict()
    {
        var street = await platform.NewStreetAsync(1, MarketRegisterModuleName.Value, "GridManagement");
        var community = street.Communities[0];
        var secretary = await platform.AdminAsync(community);
        await secretary.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var market = (await secretary.PostOkAsync("/api/market/markets", new { name = "河畔市场", @operator = "社区居委会", address = "河畔路2号", zones = new[] { "蔬菜" } })).As<MarketDto>();
        var c = (await secretary.PostOkAsync("/api/market/complaints", new
        {
            marketId = market.Id, kind = "blockingRoad", channel = "phone", complainantName = "钱女士", description = "市场外三轮车占道",
        })).As<ComplaintDto>();

        await StepAsync(secretary, c, new { action = "sendToGrid", note = "市场外道路" });
        var ev = await EventuallyAsync(async () => (await secretary.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events")).Items.SingleOrDefault());
        ev = await ActAsync(secretary, ev, new { action = "accept" });
        ev = await ActAsync(secretary, ev, new { action = "escalate", note = "需街道城管中队协调" });
        var supervisor = await platform.SignInAsync(street.Supervisor, community: community);
        await supervisor.PostOkAsync($"/api/grid/oversight/events/{ev.Id}/steps",
            new { action = "conclude", note = "街道城管中队已清理占道", concurrencyStamp = ev.ConcurrencyStamp }, HttpStatusCode.OK);
        var closed = await EventuallyAsync(async () =>
        {
            var now = await secretary.GetJsonAsync<ComplaintDto>($"/api/market/complaints/{c.Id}");
            return now.State == ComplaintState.Closed ? now : null;
        });

        closed.Satisfaction.ShouldBeNull();
        closed.Answer.ShouldNotBeNull().ShouldContain("街道城管中队已清理占道");
    }

    [Fact]
    public async Task Without_the_grid_a_complaint_cannot_be_sent_there()
    {
        var scene = await MarketScene.CreateAsync(platform, stalls: 1);
        var c = (await scene.Admin.PostOkAsync("/api/market/complaints", new
        {
            marketId = scene.Market.Id, kind = "blockingRoad", channel = "onSite", complainantName = "吴女士", description = "占道",
        })).As<ComplaintDto>();

        await (await scene.Admin.PostAsJsonAsync($"/api/market/complaints/{c.Id}/steps", new { action = "sendToGrid", concurrencyStamp = c.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Market.GridOff");
    }

    private static async Task<ComplaintDto> StepAsync(HttpClient client, ComplaintDto c, object step)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(step))!.AsObject();
        body["concurrencyStamp"] = c.ConcurrencyStamp;
        return (await client.PostOkAsync($"/api/market/complaints/{c.Id}/steps", body, HttpStatusCode.OK)).As<ComplaintDto>();
    }

    private static async Task<GridEventDto> ActAsync(HttpClient client, GridEventDto ev, object step)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(step))!.AsObject();
        body["concurrencyStamp"] = ev.ConcurrencyStamp;
        return (await client.PostOkAsync($"/api/grid/events/{ev.Id}/steps", body, HttpStatusCode.OK)).As<GridEventDto>();
    }

    /// <summary>Waits for the outbox to deliver: the condition, asked again until it holds (at most a minute).</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> condition) where T : class
    {
        for (var i = 0; i < 600; i++)
        {
            if (await condition() is { } done) return done;
            await Task.Delay(100);
        }

        throw new ShouldAssertException("The condition never held.");
    }
}
