using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// A save refused for a stale concurrency stamp must give up its turn at the database: EF Core ends such a save
/// without reporting it as failed, and a turn kept by it once left every later write of the file waiting (decision 0010).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class StaleSaveTests(PlatformFixture platform)
{
    [Fact]
    public async Task After_a_save_is_refused_as_stale_the_next_write_goes_through()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var building = await secretary.PostOkAsync("/api/residents/buildings", new { number = "S" + Random.Shared.Next(1000, 9999) });
        var id = Guid.Parse(building.Id());

        using var first = Scope("xincun");
        using var second = Scope("xincun");
        var mine = await first.ServiceProvider.GetRequiredService<ResidentsDbContext>().Buildings.SingleAsync(b => b.Id == id);
        var theirs = await second.ServiceProvider.GetRequiredService<ResidentsDbContext>().Buildings.SingleAsync(b => b.Id == id);
        mine.Update(mine.Number, null, 2, 3);
        await first.ServiceProvider.GetRequiredService<ResidentsDbContext>().SaveChangesAsync();
        theirs.Update(theirs.Number, null, 2, 4);
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<ResidentsDbContext>().SaveChangesAsync());

        // The refused save's context is still alive here, as a request's would be until it answers.
        var fresh = await secretary.GetJsonAsync($"/api/residents/buildings/{id}");
        var next = await secretary.PutAsJsonAsync($"/api/residents/buildings/{id}",
                new { number = building.Str("number"), floors = 5, concurrencyStamp = fresh.Str("concurrencyStamp") })
            .WaitAsync(TimeSpan.FromSeconds(30));
        next.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secretary.GetJsonAsync($"/api/residents/buildings/{id}"))["floors"]!.GetValue<int>().ShouldBe(5);
    }

    private IServiceScope Scope(string code)
    {
        var scope = platform.Factory.Services.CreateScope();
        var community = scope.ServiceProvider.GetRequiredService<ICommunityDirectory>().FindByCode(code)!;
        scope.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
        return scope;
    }
}
