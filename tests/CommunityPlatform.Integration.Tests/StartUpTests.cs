using System.Net;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// What the start leaves for later so that the host answers sooner (docs/performance-notes.md, "start-up on two cores"):
/// background work waits for the first answer, and the data-protection key ring is loaded after it, not before the port opens.
/// </summary>
public sealed class StartUpTests : IDisposable
{
    private readonly PlatformFactory<Program> factory = new(new Dictionary<string, string?> { ["Seed:Demo"] = "false" });

    [Fact]
    public async Task Background_work_begins_once_the_host_has_answered_its_first_request()
    {
        _ = factory.Server;
        var firstAnswer = factory.Services.GetRequiredService<FirstAnswer>();
        firstAnswer.HasAnswered.ShouldBeFalse();

        (await factory.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Noted once the response has gone out, which the client may see a moment before the server's callback runs.
        await Eventually.HoldsAsync("the first answer noticed", () => Task.FromResult(firstAnswer.HasAnswered));
        var outbox = factory.Services.GetRequiredService<OutboxDispatcher>();
        await Eventually.HoldsAsync("the outbox's first round", () => Task.FromResult(outbox.Rounds > 0));
    }

    [Fact]
    public async Task The_key_ring_is_not_loaded_by_the_framework_before_the_port_opens_and_sign_in_still_protects_its_cookie()
    {
        _ = factory.Server;

        // Any hosted service of the data-protection assembly would load the ring on the start's thread (a renamed one too).
        factory.Services.GetServices<IHostedService>().ShouldNotContain(s => s.GetType().Assembly == typeof(IDataProtectionProvider).Assembly);
        var client = factory.CreateClient();
        (await client.GetAsync("/account/signin")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var protector = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        protector.Unprotect(protector.Protect("ring"u8.ToArray())).ShouldBe("ring"u8.ToArray());
    }

    [Fact]
    public async Task The_controllers_and_pages_found_beside_the_start_are_all_routed()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var actions = factory.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items;
        actions.Count.ShouldBeGreaterThan(300);
        (await client.GetAsync("/api/residents/people")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/account/signin")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => factory.Dispose();
}
