using System.Net;

namespace CommunityPlatform.GridManagement.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GridPageTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_grid_worker_records_a_patrol_on_their_grids_page_and_its_finding_becomes_an_event_the_secretary_closes()
    {
        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var api = await platform.SignInAsync("wuyijie-gridworker");
        var grid = (await api.GetJsonAsync("/api/grid/grids")).AsArray().Single()!;
        var page = await worker.PageAsync($"/grid/grids/{grid.Id()}");
        page.ShouldContain("一格一档");
        page.ShouldContain("patrol-form");
        (await worker.PageAsync("/grid/grids")).ShouldContain(grid.Str("name"));

        var building = grid["buildingIds"]!.AsArray()[0]!.GetValue<string>();
        var saved = await worker.SubmitAsync($"/grid/grids/{grid.Id()}", new()
        {
            ["BuildingIds"] = building, ["Finding"] = "页面测试：井盖缺失", ["Kind"] = "Safety", ["RaiseEvent"] = "true",
        }, $"/grid/grids/{grid.Id()}?handler=patrol");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());

        var ev = (await api.GetJsonAsync("/api/grid/events?pageSize=100"))["items"]!.AsArray().First(e => e!.Str("title") == "页面测试：井盖缺失")!;
        var secretary = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        (await secretary.PageAsync("/grid/events")).ShouldContain("页面测试：井盖缺失");
        var accepted = await secretary.SubmitAsync($"/grid/events/{ev.Id()}", new() { ["Action"] = "Accept", ["ConcurrencyStamp"] = ev.Str("concurrencyStamp") });
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        var stale = await secretary.SubmitAsync($"/grid/events/{ev.Id()}", new() { ["Action"] = "Escalate", ["ConcurrencyStamp"] = ev.Str("concurrencyStamp") });
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("event-message");
        (await secretary.PageAsync($"/grid/events/{ev.Id()}")).ShouldContain("action-Assign");
    }

    [Fact]
    public async Task A_visit_recorded_on_the_grids_page_raises_its_follow_up_and_the_reports_page_shows_the_figures()
    {
        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        var api = await platform.SignInAsync("wuyijie-gridworker");
        var grid = (await api.GetJsonAsync("/api/grid/grids")).AsArray().Single()!;
        var household = (await api.GetJsonAsync($"/api/grid/grids/{grid.Id()}/ledger"))["households"]!.AsArray()[0]!;

        var saved = await worker.SubmitAsync($"/grid/grids/{grid.Id()}", new()
        {
            ["HouseholdId"] = household.Id(), ["Notes"] = "页面走访：老人独居", ["FollowUp"] = "页面走访：需要助餐", ["RaiseEvent"] = "true",
        }, $"/grid/grids/{grid.Id()}?handler=visit");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        (await api.GetJsonAsync("/api/grid/events?pageSize=100"))["items"]!.AsArray().ShouldContain(e => e!.Str("title") == "页面走访：需要助餐");

        var empty = await worker.SubmitAsync($"/grid/grids/{grid.Id()}", new() { ["Notes"] = "" }, $"/grid/grids/{grid.Id()}?handler=visit");
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("grid-message");

        var secretary = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        (await secretary.PageAsync("/grid/reports")).ShouldContain("<svg");
        (await secretary.PageAsync("/grid/rhythm")).ShouldContain("一年一评");
        var added = await secretary.SubmitAsync($"/grid/grids/{grid.Id()}", new() { ["StaffName"] = "页面民警", ["StaffRole"] = "Police", ["StaffPhone"] = "13800009999", ["StaffShown"] = "true" },
            $"/grid/grids/{grid.Id()}?handler=staff");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect, await added.Content.ReadAsStringAsync());
        (await platform.Anonymous().GetJsonAsync($"/api/grid/public/signboards/{grid.Str("code")}"))["staff"]!.AsArray().ShouldContain(p => p!.Str("name") == "页面民警");
        var denied = await worker.SubmitAsync($"/grid/grids/{grid.Id()}", new() { ["StaffName"] = "越权" }, $"/grid/grids/{grid.Id()}?handler=staff");
        await ConsoleSession.ShouldBeDeniedAsync(denied);
        (await api.GetJsonAsync($"/api/grid/grids/{grid.Id()}/staff")).AsArray().ShouldNotContain(p => p!.Str("name") == "越权");

        var refused = await secretary.SubmitAsync("/grid/events", new() { ["GridId"] = grid.Id(), ["Source"] = "Hotline", ["Kind"] = "Dispute", ["Title"] = "页面登记：纠纷" });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("events-message");
        var reported = await secretary.SubmitAsync("/grid/events", new() { ["GridId"] = grid.Id(), ["Source"] = "Hotline", ["Kind"] = "Sanitation", ["Title"] = "页面登记：垃圾" });
        reported.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await secretary.PageAsync(reported.Headers.Location!.ToString())).ShouldContain("action-Accept");
    }

    [Fact]
    public async Task The_signboard_page_opens_without_an_account_and_carries_a_QR_code()
    {
        var anonymous = ConsoleSession.Open(platform.Factory);
        var html = await anonymous.PageAsync("/grid/signboards/wuyijie-3-01");
        html.ShouldContain("data:image/png;base64,");
        html.ShouldContain("民情网格牌");
        (await anonymous.Client.GetAsync("/grid/signboards/nothing-3-01")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.Client.GetAsync("/grid/grids")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await anonymous.Client.GetAsync("/grid/events")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_secretary_adds_grids_on_the_tree_page_and_a_grid_worker_may_not()
    {
        var code = (await platform.NewCommunityAsync("GridManagement")).Str("code");
        var api = await platform.AdminAsync(code);
        var userName = "gp" + Guid.NewGuid().ToString("N")[..8];
        await api.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "secretary" } });
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);
        await console.SubmitAsync("/account/password", new() { ["CurrentPassword"] = PlatformFactory.Password, ["NewPassword"] = "Grid#2026xy" });

        var top = await console.SubmitAsync("/grid/grids", new() { ["NewName"] = "社区网格", ["NewLevel"] = "Community", ["NewArea"] = "全社区" });
        top.StatusCode.ShouldBe(HttpStatusCode.Redirect, await top.Content.ReadAsStringAsync());
        var topId = top.Headers.Location!.ToString().Split('/')[^1];
        var orphan = await console.SubmitAsync("/grid/grids", new() { ["NewName"] = "无上级片区", ["NewLevel"] = "Area" });
        orphan.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await orphan.Content.ReadAsStringAsync()).ShouldContain("grid-message");
        var area = await console.SubmitAsync("/grid/grids", new() { ["NewName"] = "东片区", ["NewLevel"] = "Area", ["NewParentId"] = topId });
        area.StatusCode.ShouldBe(HttpStatusCode.Redirect, await area.Content.ReadAsStringAsync());

        var listed = (await api.GetJsonAsync("/api/grid/grids")).AsArray();
        listed.Select(g => g!.Str("name")).ShouldBe(["社区网格", "东片区"], ignoreOrder: true);
        listed.Single(g => g!.Str("name") == "东片区")!.Str("parentId").ShouldBe(topId);

        var worker = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-gridworker");
        (await worker.PageAsync("/grid/grids")).ShouldNotContain("new-grid");
    }
}
