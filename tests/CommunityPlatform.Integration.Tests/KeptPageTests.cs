using System.Net;
using System.Text.Json.Nodes;
using CommunityPlatform.Cluster;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Domain;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// A console page read again is given back as it was made until something is written in its community (decision 0022):
/// never to another browser session, never to a street's account, never across a write, and never when the reader asks
/// for it afresh.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class KeptPageTests(PlatformFixture platform)
{
    private const string Events = "/grid/events";

    [Fact]
    public async Task A_page_read_again_is_the_kept_one_until_a_write_in_its_community_and_then_shows_the_write()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        var made = await console.Client.GetAsync(Events);
        var again = await console.Client.GetAsync(Events);

        made.Headers.Contains(KeptPages.KeptHeader).ShouldBeFalse();
        again.Headers.GetValues(KeptPages.KeptHeader).Single().ShouldNotBeNullOrEmpty();
        var body = await again.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.UTF8.GetString(body).ShouldBe(await made.Content.ReadAsStringAsync());
        again.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        again.Content.Headers.ContentLength.ShouldBe(body.Length);
        again.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");

        var title = "留存页测试" + Guid.NewGuid().ToString("N")[..6];
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var grid = (await secretary.GetJsonAsync("/api/grid/grids?level=buildingGroup")).AsArray()[0]!;
        await secretary.PostOkAsync("/api/grid/events", new { gridId = grid.Id(), source = "hotline", kind = "sanitation", title });

        var after = await console.Client.GetAsync(Events);
        after.Headers.Contains(KeptPages.KeptHeader).ShouldBeFalse();
        (await after.Content.ReadAsStringAsync()).ShouldContain(title);
    }

    [Fact]
    public async Task A_page_is_made_afresh_for_a_hard_reload_another_session_and_a_street_account()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        await console.Client.GetAsync(Events);
        (await console.Client.GetAsync(Events)).Headers.Contains(KeptPages.KeptHeader).ShouldBeTrue();

        using var reload = new HttpRequestMessage(HttpMethod.Get, Events);
        reload.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        (await console.Client.SendAsync(reload)).Headers.Contains(KeptPages.KeptHeader).ShouldBeFalse();

        var other = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        (await other.Client.GetAsync(Events)).Headers.Contains(KeptPages.KeptHeader).ShouldBeFalse();

        var street = await ConsoleSession.SignInAsync(platform.Factory, "renminlu-supervisor");
        foreach (var _ in Enumerable.Range(0, 3))
        {
            var page = await street.Client.GetAsync("/overview");
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Headers.Contains(KeptPages.KeptHeader).ShouldBeFalse();
        }
    }

    [Fact]
    public async Task A_write_moves_its_communitys_mark_when_it_commits_and_a_rolled_back_one_never()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var changes = platform.Factory.Services.GetRequiredService<CommunityChanges>();
        await using var scope = platform.Factory.Services.CreateAsyncScope();
        var community = scope.ServiceProvider.GetRequiredService<ICommunityDirectory>().FindByCode(code)!;
        scope.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDbContext>();
        var before = changes.Of(community.Id).Community;

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.Buildings.Add(new Building("90", null, 1, 1));
            await db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        changes.Of(community.Id).Community.ShouldBe(before);

        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            db.Buildings.Add(new Building("91", null, 1, 1));
            await db.SaveChangesAsync();
            changes.Of(community.Id).Community.ShouldBe(before, "not before the commit");
            await committed.CommitAsync();
        }

        changes.Of(community.Id).Community.ShouldBe(before + 1);

        await db.Buildings.Where(b => b.Number == "91").ExecuteUpdateAsync(s => s.SetProperty(b => b.Floors, 2));
        changes.Of(community.Id).Community.ShouldBe(before + 2);
        db.Buildings.Add(new Building("92", null, 1, 1));
        await db.SaveChangesAsync();
        changes.Of(community.Id).Community.ShouldBeGreaterThan(before + 2);
    }

    [Fact]
    public void A_write_counts_for_its_community_alone_and_one_of_nobody_counts_for_all()
    {
        var changes = new CommunityChanges(new AloneChannel());
        var (here, there) = (Guid.NewGuid(), Guid.NewGuid());
        var start = changes.Of(here);

        changes.Noticed(there);
        changes.Of(here).ShouldBe(start);

        changes.Noticed(here);
        changes.Of(here).ShouldNotBe(start);

        var now = changes.Of(there);
        changes.Noticed(null);
        changes.Of(there).ShouldNotBe(now);
    }
}
