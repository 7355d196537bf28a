using System.Collections.Concurrent;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.PartyOrganization;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests.SeveralHosts;

/// <summary>A host whose recorder hears every liaison the Party module tells of, beside the grid module's own handler.</summary>
public sealed class DispatchFixture() : PlatformFixture<Program>(services => services.RecordEvents<BuildingLiaisonChanged>());

/// <summary>
/// Several dispatchers on one database (as several hosts run them): each outbox row is claimed by one of them, every
/// handler handles a message once (its module's inbox), and a claim left by a dead host is taken over when it lapses.
/// On SQLite and on MariaDB, like every test here; the host's own dispatcher runs beside the ones a test adds.
/// </summary>
public sealed class OutboxClaimTests(DispatchFixture platform) : IClassFixture<DispatchFixture>
{
    private const string LiaisonHandler = "CommunityPlatform.GridManagement.Grids.LiaisonHandler";

    private IServiceProvider Services => platform.Factory.Services;

    private EventRecorder Recorder => Services.GetRequiredService<EventRecorder>();

    [Fact]
    public async Task A_thousand_events_produced_while_three_dispatchers_run_are_handled_once_per_handler()
    {
        var community = await CommunityAsync();
        var others = new[] { AnotherDispatcher(), AnotherDispatcher() };
        using var produced = new CancellationTokenSource();
        // Each goes on until everything is out (a bounded number of rounds, so that a fault fails instead of hanging).
        var dispatching = others.Select(d => Task.Run(async () =>
        {
            for (var round = 0; round < 20_000 && (!produced.IsCancellationRequested || await UndeliveredAsync(community) > 0); round++)
            {
                try
                {
                    await d.DeliverAllAsync(CancellationToken.None);
                }
                catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
                {
                    // As the host's loop does: a round the database refused (a lock wait given up) is simply run again.
                }
            }
        })).ToList();

        var buildings = new List<Guid>();
        for (var batch = 0; batch < 10; batch++)
        {
            await using var scope = Services.CreateAsyncScope(community);
            var db = scope.ServiceProvider.GetRequiredService<PartyDbContext>();
            for (var i = 0; i < 100; i++)
            {
                var building = Guid.CreateVersion7();
                buildings.Add(building);
                db.Publish(new BuildingLiaisonChanged(building, Guid.CreateVersion7(), null, $"联络员{batch * 100 + i}"));
            }

            await db.SaveChangesAsync();
        }

        produced.Cancel();
        await Task.WhenAll(dispatching);

        var mine = buildings.ToHashSet();
        var deliveries = Recorder.Delivered.Where(d => d.Event is BuildingLiaisonChanged c && mine.Contains(c.BuildingId)).ToList();
        deliveries.Count.ShouldBe(1000);
        deliveries.Select(d => d.Delivery.MessageId).Distinct().Count().ShouldBe(1000);
        await using var check = Services.CreateAsyncScope(community);
        var grid = check.ServiceProvider.GetRequiredService<GridDbContext>();
        (await grid.Liaisons.CountAsync()).ShouldBe(1000);
        var handled = await grid.Set<InboxEntry>().Where(e => e.Handler == LiaisonHandler).Select(e => e.MessageId).ToListAsync();
        handled.Intersect(deliveries.Select(d => d.Delivery.MessageId)).Count().ShouldBe(1000);
        var rows = await check.ServiceProvider.GetRequiredService<PartyDbContext>().Set<OutboxMessage>().AsNoTracking().ToListAsync();
        rows.ShouldAllBe(m => m.DeliveredAt != null && m.ClaimedBy != null);
    }

    [Fact]
    public async Task A_claim_left_by_a_dead_host_holds_until_it_lapses_and_is_then_taken_over()
    {
        var community = await CommunityAsync();
        var building = Guid.CreateVersion7();
        Guid message;
        await using (var scope = Services.CreateAsyncScope(community))
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyDbContext>();
            db.Publish(new BuildingLiaisonChanged(building, Guid.CreateVersion7(), null, "王联络"));
            // As a host killed after claiming the row leaves it: held, for a long while yet.
            var row = db.ChangeTracker.Entries<OutboxMessage>().Single().Entity;
            row.ClaimedBy = "dead-host:1:00000000/claim";
            row.ClaimedUntil = DateTime.UtcNow.AddHours(1);
            message = row.Id;
            await db.SaveChangesAsync();
        }

        await AnotherDispatcher().DeliverAllAsync(CancellationToken.None);
        (await RowAsync(community, message)).DeliveredAt.ShouldBeNull();

        await using (var scope = Services.CreateAsyncScope(community))
            await scope.ServiceProvider.GetRequiredService<PartyDbContext>().Set<OutboxMessage>().Where(m => m.Id == message)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, DateTime.UtcNow.AddSeconds(-1)));
        await AnotherDispatcher().DeliverAllAsync(CancellationToken.None);

        // This dispatcher or the host's own took it over: whichever, it is delivered once.
        var taken = await WaitForDeliveryAsync(community);
        taken.Id.ShouldBe(message);
        taken.ClaimedBy.ShouldNotStartWith("dead-host");
        Recorder.Delivered.Count(d => d.Delivery.MessageId == message).ShouldBe(1);
    }

    [Fact]
    public async Task A_message_delivered_again_after_its_handlers_ran_is_not_handled_twice()
    {
        var community = await CommunityAsync();
        var building = Guid.CreateVersion7();
        await using (var scope = Services.CreateAsyncScope(community))
        {
            var db = scope.ServiceProvider.GetRequiredService<PartyDbContext>();
            db.Publish(new BuildingLiaisonChanged(building, Guid.CreateVersion7(), null, "李联络"));
            await db.SaveChangesAsync();
        }

        await AnotherDispatcher().DeliverAllAsync(CancellationToken.None);
        var first = await WaitForDeliveryAsync(community);
        // As if the host died after the handlers ran and before it marked the row: it is due again.
        await using (var scope = Services.CreateAsyncScope(community))
            await scope.ServiceProvider.GetRequiredService<PartyDbContext>().Set<OutboxMessage>().Where(m => m.Id == first.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveredAt, (DateTime?)null).SetProperty(m => m.ClaimedUntil, (DateTime?)null));

        await AnotherDispatcher().DeliverAllAsync(CancellationToken.None);

        (await WaitForDeliveryAsync(community)).Id.ShouldBe(first.Id);
        Recorder.Delivered.Count(d => d.Delivery.MessageId == first.Id).ShouldBe(1);
        await using var check = Services.CreateAsyncScope(community);
        var grid = check.ServiceProvider.GetRequiredService<GridDbContext>();
        (await grid.Set<InboxEntry>().CountAsync(e => e.MessageId == first.Id)).ShouldBe(1);
        (await grid.Liaisons.CountAsync()).ShouldBe(1);
    }

    private OutboxDispatcher AnotherDispatcher() =>
        ActivatorUtilities.CreateInstance<OutboxDispatcher>(Services, new OutboxClaims(Services.GetRequiredService<IConfiguration>()));

    private async Task<CommunityInfo> CommunityAsync()
    {
        var code = (await platform.NewCommunityAsync("PartyOrganization", "GridManagement")).Str("code");
        return Services.GetRequiredService<ICommunityDirectory>().FindByCode(code).ShouldNotBeNull();
    }

    private async Task<int> UndeliveredAsync(CommunityInfo community)
    {
        await using var scope = Services.CreateAsyncScope(community);
        return await scope.ServiceProvider.GetRequiredService<PartyDbContext>().Set<OutboxMessage>().CountAsync(m => m.DeliveredAt == null && m.ParkedAt == null);
    }

    private async Task<OutboxMessage> RowAsync(CommunityInfo community, Guid id)
    {
        await using var scope = Services.CreateAsyncScope(community);
        return await scope.ServiceProvider.GetRequiredService<PartyDbContext>().Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    // The host's own dispatcher may be the one that delivers: wait for the row, whoever marks it.
    private async Task<OutboxMessage> WaitForDeliveryAsync(CommunityInfo community)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var scope = Services.CreateAsyncScope(community);
            if (await scope.ServiceProvider.GetRequiredService<PartyDbContext>().Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.DeliveredAt != null) is { } row)
                return row;
            await Task.Delay(100);
        }

        throw new TimeoutException("The event was not delivered.");
    }
}
