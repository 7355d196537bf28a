using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CommunityPlatform.Application;
using CommunityPlatform.GridManagement;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridEventTests(PlatformFixture platform)
{
    [Fact]
    public async Task An_event_goes_from_report_to_closure_and_every_action_is_a_step()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (worker, post) = await scene.WorkerAsync(scene.Group.Id());

        var ev = await worker.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "sanitation", title = "2号楼垃圾未清运", reporter = "王大妈" });
        ev.Str("state").ShouldBe("reported");
        ev = await Step(scene.Admin, ev, new { action = "accept" });
        ev = await Step(scene.Admin, ev, new { action = "assign", staffId = post.Id(), note = "请今天处理" });
        ev.Str("assigneeName").ShouldBe("李网格");
        ev = await Step(worker, ev, new { action = "start" });
        ev = await Step(worker, ev, new { action = "resolve", note = "已联系物业清运" });
        ev = await Step(scene.Admin, ev, new { action = "sendBack", note = "楼道仍有杂物" });
        ev.Str("state").ShouldBe("inProgress");
        ev = await Step(worker, ev, new { action = "resolve", note = "楼道已清理" });
        ev = await Step(scene.Admin, ev, new { action = "close", satisfaction = "satisfied" });

        ev.Str("state").ShouldBe("closed");
        ev.Str("satisfaction").ShouldBe("satisfied");
        ev["steps"]!.AsArray().Select(s => s!.Str("action")).ShouldBe(["report", "accept", "assign", "start", "resolve", "sendBack", "resolve", "close"]);
        ev["steps"]!.AsArray()[3]!.Str("by").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Illegal_transitions_and_broken_rules_answer_422_with_their_codes()
    {
        var scene = await GridScene.CreateAsync(platform);
        var other = await scene.GridAsync("第二网格", null, scene.Buildings[2]);
        var stranger = await scene.Admin.PostOkAsync($"/api/grid/grids/{other.Id()}/staff", new { name = "外网格员", role = "gridWorker" });
        var ev = await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "online", kind = "facilities", title = "路灯不亮" });

        await (await Act(scene.Admin, ev, new { action = "close", satisfaction = "satisfied" })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.TransitionNotAllowed");
        await (await Act(scene.Admin, ev, new { action = "start" })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.TransitionNotAllowed");
        ev = await Step(scene.Admin, ev, new { action = "accept" });
        await (await Act(scene.Admin, ev, new { action = "assign", staffId = stranger.Id() })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.AssigneeNotOnGrid");
        await (await Act(scene.Admin, ev, new { action = "assign" })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.AssigneeRequired");
        await (await Act(scene.Admin, ev, new { action = "report" })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.TransitionNotAllowed");
        ev = await Step(scene.Admin, ev, new { action = "escalate", note = "需街道协调" });
        ev.Str("state").ShouldBe("escalated");
        await (await Act(scene.Admin, ev, new { action = "supervise" })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.SupervisionLevelRequired");
        ev = await Step(scene.Admin, ev, new { action = "supervise", level = "redCard" });
        ev.Str("supervision").ShouldBe("redCard");
        ev = await Step(scene.Admin, ev, new { action = "resolve" });
        await (await Act(scene.Admin, ev, new { action = "close" })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.SatisfactionRequired");

        await (await scene.PostAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "safety", title = "消防通道堵塞", reportedAt = "2025-03-02T08:00:00Z", deadline = "2025-03-01T08:00:00Z" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.DeadlineBeforeReport");
        await (await scene.PostAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "dispute", title = "邻里漏水纠纷" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.DisputePartiesRequired");
        await (await scene.PostAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "hotline", kind = "other", title = "未来事件", reportedAt = DateTime.UtcNow.AddDays(2) }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Grid.ReportedInFuture");
    }

    [Fact]
    public async Task A_dispute_names_its_parties_and_is_resolved_with_an_outcome_and_past_deadlines_are_overdue()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (_, post) = await scene.WorkerAsync(scene.Group.Id());
        var dispute = await scene.Admin.PostOkAsync("/api/grid/events", new
        {
            gridId = scene.Group.Id(), source = "visit", kind = "dispute", title = "楼上漏水纠纷", parties = "3楼张某、2楼李某", reportedAt = DateTime.UtcNow.AddDays(-10),
        });
        dispute["overdue"]!.GetValue<bool>().ShouldBeTrue();
        dispute = await Step(scene.Admin, dispute, new { action = "accept" });
        dispute = await Step(scene.Admin, dispute, new { action = "assign", staffId = post.Id() });
        dispute = await Step(scene.Admin, dispute, new { action = "start" });
        await (await Act(scene.Admin, dispute, new { action = "resolve" })).ShouldBeProblemAsync((HttpStatusCode)422, "Grid.DisputeOutcomeRequired");

        var overdue = await scene.Admin.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events?overdue=true");
        overdue.Items.ShouldHaveSingleItem().Id.ToString().ShouldBe(dispute.Id());

        dispute = await Step(scene.Admin, dispute, new { action = "resolve", outcome = "settled" });
        dispute.Str("outcome").ShouldBe("settled");
        dispute["overdue"]!.GetValue<bool>().ShouldBeFalse();
        (await scene.Admin.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events?overdue=true")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Bad_fields_answer_400_and_a_stale_stamp_409()
    {
        var scene = await GridScene.CreateAsync(platform);
        var invalid = await scene.PostAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "pigeon", kind = "other", title = "" });
        (await invalid.JsonAsync())["status"]!.GetValue<int>().ShouldBe(400);
        await (await scene.PostAsync("/api/grid/events", new { gridId = Guid.NewGuid(), source = "online", kind = "other", title = "无此网格" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.GridNotFound");

        var ev = await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "online", kind = "other", title = "问题" });
        await (await Act(scene.Admin, ev, new { action = "accept", concurrencyStamp = (string?)null })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        await Step(scene.Admin, ev, new { action = "accept" });
        await (await Act(scene.Admin, ev, new { action = "escalate" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
    }

    [Fact]
    public async Task Two_workers_acting_on_one_event_at_once_exactly_one_wins()
    {
        var scene = await GridScene.CreateAsync(platform);
        var (first, post) = await scene.WorkerAsync(scene.Group.Id(), "甲网格员");
        var (second, _) = await scene.WorkerAsync(scene.Group.Id(), "乙网格员");
        var ev = await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "online", kind = "other", title = "井盖松动" });
        ev = await Step(scene.Admin, ev, new { action = "accept" });
        ev = await Step(scene.Admin, ev, new { action = "assign", staffId = post.Id() });

        for (var round = 0; round < 3; round++)
        {
            var answers = await Task.WhenAll(Act(first, ev, new { action = round % 2 == 0 ? "start" : "sendBack" }), Act(second, ev, new { action = round % 2 == 0 ? "start" : "sendBack" }));
            answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            answers.Single(a => a.StatusCode != HttpStatusCode.OK).StatusCode.ShouldBe(HttpStatusCode.Conflict);
            ev = await answers.Single(a => a.StatusCode == HttpStatusCode.OK).JsonAsync();
            if (ev.Str("state") == "accepted") ev = await Step(scene.Admin, ev, new { action = "assign", staffId = post.Id() });
        }

        ev["steps"]!.AsArray().Count(s => s!.Str("action") == "start").ShouldBe(2);
    }

    [Fact]
    public async Task A_grid_worker_dispatches_nothing_and_sees_only_their_grids_events()
    {
        var scene = await GridScene.CreateAsync(platform);
        var other = await scene.GridAsync("第二网格", null, scene.Buildings[2]);
        var (worker, _) = await scene.WorkerAsync(scene.Group.Id());
        var ours = await worker.PostOkAsync("/api/grid/events", new { gridId = scene.Group.Id(), source = "patrol", kind = "safety", title = "电动车楼道充电" });
        var theirs = await scene.Admin.PostOkAsync("/api/grid/events", new { gridId = other.Id(), source = "hotline", kind = "other", title = "别的网格" });

        (await worker.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events")).Items.Select(e => e.Id.ToString()).ShouldBe([ours.Id()]);
        await (await worker.GetAsync($"/api/grid/events/{theirs.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.EventNotFound");
        await (await Act(worker, theirs, new { action = "accept" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await Act(worker, ours, new { action = "accept" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        await (await worker.PostAsJsonAsync("/api/grid/events", new { gridId = other.Id(), source = "patrol", kind = "other", title = "越界上报" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Grid.GridNotFound");
        (await scene.Admin.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events")).Total.ShouldBe(2);
    }

    [Fact]
    public async Task Another_communitys_event_is_not_found()
    {
        var ours = await GridScene.CreateAsync(platform);
        var theirs = await GridScene.CreateAsync(platform);
        var ev = await theirs.Admin.PostOkAsync("/api/grid/events", new { gridId = theirs.Group.Id(), source = "online", kind = "other", title = "他们的事" });

        await (await ours.Admin.GetAsync($"/api/grid/events/{ev.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.EventNotFound");
        await (await Act(ours.Admin, ev, new { action = "accept" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Grid.EventNotFound");
        (await ours.Admin.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Another_module_opens_an_event_on_the_grid_covering_its_building()
    {
        var scene = await GridScene.CreateAsync(platform);
        using (var services = platform.Factory.Services.CreateScope())
        {
            var community = services.ServiceProvider.GetRequiredService<ICommunityDirectory>().FindByCode(scene.Code)!;
            services.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
            await services.ServiceProvider.GetRequiredService<IGridEventInbox>()
                .OpenAsync(new OpenGridEvent(EventKind.Complaint, "摊位缺斤少两", null, "市场投诉", Guid.Parse(scene.Buildings[1]), null, "MarketRegister"), default);
        }

        var ev = (await scene.Admin.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events")).Items.ShouldHaveSingleItem();
        ev.GridId.ToString().ShouldBe(scene.Group.Id());
        ev.Source.ShouldBe(EventSource.OtherModule);
    }

    [Fact]
    public async Task A_request_from_another_modules_outbox_opens_one_event_however_often_it_is_delivered()
    {
        var scene = await GridScene.CreateAsync(platform);
        var requested = new GridEventRequested(Guid.NewGuid(), EventKind.Complaint, "市场投诉：短斤缺两", null, "顾客", Guid.Parse(scene.Buildings[0]), "MarketRegister");
        for (var delivery = 1; delivery <= 2; delivery++)
        {
            using var services = platform.Factory.Services.CreateScope();
            var community = services.ServiceProvider.GetRequiredService<ICommunityDirectory>().FindByCode(scene.Code)!;
            services.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
            await services.ServiceProvider.GetRequiredService<CommunityPlatform.Events.IIntegrationEventHandler<GridEventRequested>>()
                .HandleAsync(requested, new CommunityPlatform.Events.Delivery(Guid.NewGuid(), community.Id, DateTime.UtcNow, delivery), default);
        }

        var events = (await scene.Admin.GetJsonAsync<Paged<GridEventDto>>("/api/grid/events")).Items;
        events.ShouldHaveSingleItem().Title.ShouldBe("市场投诉：短斤缺两");
    }

    private static Task<HttpResponseMessage> Act(HttpClient client, JsonNode ev, object step)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(step))!.AsObject();
        if (!body.ContainsKey("concurrencyStamp")) body["concurrencyStamp"] = ev.Str("concurrencyStamp");
        return client.PostAsJsonAsync($"/api/grid/events/{ev.Id()}/steps", body);
    }

    private static async Task<JsonNode> Step(HttpClient client, JsonNode ev, object step)
    {
        var response = await Act(client, ev, step);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
