using System.Net;
using CommunityPlatform.PartyOrganization;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.PartyOrganization.Tests;

[Collection(PlatformCollection.Name)]
public sealed class OutboxTests(PlatformFixture platform)
{
    private EventRecorder Recorder => platform.Factory.Services.GetRequiredService<EventRecorder>();

    [Fact]
    public async Task A_registered_member_reaches_a_handler_of_another_module_in_the_members_community()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();

        var delivered = await Recorder.WaitForAsync<PartyMemberRegistered>(e => e.MemberId.ToString() == member.Id());

        delivered.ShouldHaveSingleItem().Category.ShouldBe(MemberCategory.Retired);
        var (_, delivery, scopeCommunity) = Recorder.Delivered.First(d => d.Event is PartyMemberRegistered r && r.MemberId.ToString() == member.Id());
        scopeCommunity.ShouldBe(delivery.CommunityId);
        (await scene.Admin.GetJsonAsync("/api/platform/communities/" + scene.Code)).Str("id").ShouldBe(delivery.CommunityId.ToString());
    }

    [Fact]
    public async Task A_failing_handler_gets_the_event_again()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();

        await scene.Admin.PostOkAsync($"/api/party/members/{member.Id()}/moves",
            new { kind = "transferredOut", on = "2024-01-01", place = "flaky", concurrencyStamp = member.Str("concurrencyStamp") }, HttpStatusCode.OK);

        var handled = await Recorder.WaitForAsync<PartyMemberLeft>(e => e.MemberId.ToString() == member.Id());
        handled.ShouldHaveSingleItem().Place.ShouldBe("handled on attempt 2");
    }

    [Fact]
    public async Task A_pledge_kept_is_told_once_it_is_saved_and_not_when_the_save_fails()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        var pledge = await scene.Admin.PostOkAsync("/api/party/pledges", new { memberId = member.Id(), category = "neighbourlyHelp", content = "看望老人", madeOn = "2025-01-10", dueOn = "2025-06-30" });

        // A stale stamp: nothing is saved, so nothing may be told.
        await (await scene.PostAsync($"/api/party/pledges/{pledge.Id()}/fulfilment", new { on = "2025-02-01", concurrencyStamp = "stale" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
        await scene.Admin.PostOkAsync($"/api/party/pledges/{pledge.Id()}/fulfilment", new { on = "2025-02-01", concurrencyStamp = pledge.Str("concurrencyStamp") }, HttpStatusCode.OK);

        var told = await Recorder.WaitForAsync<PledgeFulfilled>(e => e.PledgeId.ToString() == pledge.Id());
        told.ShouldHaveSingleItem().On.ShouldBe(new DateOnly(2025, 2, 1));
    }

    [Fact]
    public async Task The_dispatcher_waits_between_polls_instead_of_waking_itself_with_its_own_saves()
    {
        // Something to deliver, so that the dispatcher saves in the window: its own save once woke it again at once.
        var scene = await PartyScene.CreateAsync(platform);
        await scene.MemberAsync();
        var dispatcher = platform.Factory.Services.GetRequiredService<CommunityPlatform.Data.Outbox.OutboxDispatcher>();
        var before = dispatcher.Rounds;

        await Task.Delay(TimeSpan.FromSeconds(2));

        // Polling every 0.5 s makes about four rounds (a few more when other tests' saves nudge it); spinning made thousands.
        (dispatcher.Rounds - before).ShouldBeLessThan(40);
    }
}
