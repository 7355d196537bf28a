using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>A street reads its communities' figures summed and ranked; a community account reads only its own.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ScopeReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_renminlu_street_sums_chonghua_and_wuyijie_and_ranks_them_while_a_secretary_may_not_widen_the_scope()
    {
        var street = await platform.SignInAsync("renminlu-supervisor", community: "wuyijie");
        var chonghua = await (await platform.SecretaryOfAsync("chonghua")).GetJsonAsync<ActivityReport>("/api/culture/reports/activities");
        var wuyijie = await (await platform.SecretaryOfAsync("wuyijie")).GetJsonAsync<ActivityReport>("/api/culture/reports/activities");

        var summed = await street.GetJsonAsync<ActivityReport>("/api/culture/reports/activities?scope=street");
        var volunteers = await street.GetJsonAsync<VolunteerReport>("/api/culture/reports/volunteers?scope=street");

        // Test communities made by other tests may sit in the same street: the two report communities are among those summed.
        summed.Communities.ShouldBeGreaterThanOrEqualTo(2);
        summed.ByCommunity.Single(l => l.Label == "重华社区").Activities.ShouldBe(chonghua.Activities);
        summed.ByCommunity.Single(l => l.Label == "五一街社区").Attendances.ShouldBe(wuyijie.Attendances);
        summed.Activities.ShouldBe(summed.ByCommunity.Sum(l => l.Activities));
        summed.ByCommunity.Select(l => l.Activities).ShouldBeInOrder(SortDirection.Descending);
        volunteers.Volunteers.ShouldBeGreaterThanOrEqualTo(60);
        (await (await platform.SecretaryOfAsync("wuyijie")).GetAsync("/api/culture/reports/activities?scope=street")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await street.PostAsJsonAsync("/api/culture/venues", new { name = "街道不应新增", kind = "hall" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account.ReadOnly");
    }

    [Fact]
    public async Task A_period_out_of_order_or_longer_than_five_years_is_bad_input()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");

        await (await secretary.GetAsync("/api/culture/reports/activities?from=2026-05-01&to=2026-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.PeriodInvalid");
        await (await secretary.GetAsync("/api/culture/reports/activities?from=2001-01-01&to=2026-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.PeriodInvalid");
        await (await secretary.GetAsync("/api/culture/reports/activities?to=0001-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.PeriodInvalid");
        await (await secretary.GetAsync("/api/culture/activities?to=9999-12-31")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Culture.PeriodInvalid");
    }
}
