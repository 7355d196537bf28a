using System.Net;
using System.Text.Json.Nodes;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.GridManagement;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.GridManagement.Tests;

/// <summary>
/// An event no handler can take — a market complaint for a community that has no grid yet — is tried the allowed
/// number of times, then parked where the city operator sees it, and delivered once the cause is mended and it is sent again.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ParkedEventTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_complaint_for_a_community_without_grids_is_parked_then_delivered_when_sent_again_after_a_grid_exists()
    {
        var code = (await platform.NewCommunityAsync("GridManagement")).Str("code");
        var admin = await platform.AdminAsync(code);
        var requestId = Guid.NewGuid();
        await PublishAsync(code, new GridEventRequested(requestId, EventKind.Complaint, "市场投诉：占道经营", null, "顾客", null, "MarketRegister"));

        var parked = await WaitForParkedAsync(admin, code);
        parked.Str("type").ShouldBe(nameof(GridEventRequested));
        parked["attempts"]!.GetValue<int>().ShouldBe(2);
        parked.Str("lastError").ShouldStartWith("Grid.NoGridForEvent");
        (await admin.GetJsonAsync("/api/grid/events"))["items"]!.AsArray().ShouldBeEmpty();

        // The community's secretary may not see the city's parked events.
        (await (await platform.NewAccountAsync(code, "secretary")).GetAsync("/api/platform/events/parked")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await admin.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        (await admin.PostAsync($"/api/platform/events/parked/{parked.Id()}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var opened = await WaitForAsync(async () => (await admin.GetJsonAsync("/api/grid/events"))["items"]!.AsArray().SingleOrDefault());
        opened!.Str("title").ShouldBe("市场投诉：占道经营");
        (await ParkedOfAsync(admin, code)).ShouldBeEmpty();
        await (await admin.PostAsync($"/api/platform/events/parked/{parked.Id()}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Request.NotFound");
    }

    [Fact]
    public async Task Parked_events_need_an_account()
    {
        (await platform.Anonymous().GetAsync("/api/platform/events/parked")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Publishes as another module would: into the Party module's outbox, in the community's scope.</summary>
    private async Task PublishAsync<T>(string code, T integrationEvent) where T : class
    {
        using var services = platform.Factory.Services.CreateScope();
        var community = services.ServiceProvider.GetRequiredService<ICommunityDirectory>().FindByCode(code)!;
        services.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
        var party = services.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.TablePrefix == "Party");
        var db = (DbContext)services.ServiceProvider.GetRequiredService(party.ContextType);
        db.Publish(integrationEvent);
        await db.SaveChangesAsync();
    }

    private static async Task<JsonNode> WaitForParkedAsync(HttpClient admin, string code) =>
        (await WaitForAsync(async () => (await ParkedOfAsync(admin, code)).SingleOrDefault())).ShouldNotBeNull();

    private static async Task<List<JsonNode>> ParkedOfAsync(HttpClient admin, string code) =>
        (await admin.GetJsonAsync("/api/platform/events/parked")).AsArray().Where(p => p!.Str("communityCode") == code).Select(p => p!).ToList();

    private static async Task<T?> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        for (var waited = 0; waited < 150; waited++)
        {
            if (await probe() is { } found) return found;
            await Task.Delay(200);
        }

        return null;
    }
}
