using System.Net;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>Every ledger comes out as an Excel workbook; Party membership shows beside a volunteer only where the Party module says.</summary>
[Collection(PlatformCollection.Name)]
public sealed class LedgerTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("/api/culture/teams/ledger.xlsx")]
    [InlineData("/api/culture/activities/ledger.xlsx")]
    [InlineData("/api/culture/points/equipment.xlsx")]
    [InlineData("/api/culture/volunteers/hours.xlsx")]
    public async Task The_tachenglu_culture_worker_exports_each_ledger(string url)
    {
        var worker = await platform.SignInAsync("tachenglu-culture");

        var file = await worker.GetAsync(url);

        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await file.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public async Task Xincuns_volunteers_show_their_party_membership_and_a_community_without_the_party_module_shows_none()
    {
        var xincun = await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync<Application.Paged<VolunteerDto>>("/api/culture/volunteers?pageSize=100");
        var scene = await CultureScene.CreateAsync(platform);
        await scene.Secretary.PostOkAsync("/api/culture/volunteers", new { residentId = await scene.ResidentAsync() });
        var elsewhere = await scene.Secretary.GetJsonAsync<Application.Paged<VolunteerDto>>("/api/culture/volunteers");

        xincun.Items.ShouldAllBe(v => v.PartyMember != null);
        xincun.Items.Count(v => v.Stars > 0).ShouldBeGreaterThan(0);
        elsewhere.Items.ShouldHaveSingleItem().PartyMember.ShouldBeNull();
    }
}
