using System.Net;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>The module switches off and on per community; its data stays.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ModuleSwitchTests(PlatformFixture platform)
{
    [Fact]
    public async Task Switched_off_the_module_answers_404_and_switched_on_again_its_data_is_back()
    {
        var scene = await CultureScene.CreateAsync(platform);
        await scene.VenueAsync("图书室");
        await scene.Secretary.PostOkAsync("/api/culture/teams", new { name = "太极拳队", kind = "sports", category = "太极" });
        var admin = await platform.AdminAsync();

        (await admin.DeleteAsync($"/api/platform/communities/{scene.Code}/modules/{CultureTeamsModuleName.Value}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await scene.Secretary.GetAsync("/api/culture/teams")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        await (await platform.Anonymous().GetAsync($"/api/culture/public/calendars/{scene.Code}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Culture.CalendarNotFound");
        (await admin.PutAsync($"/api/platform/communities/{scene.Code}/modules/{CultureTeamsModuleName.Value}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await scene.Secretary.GetJsonAsync<Application.Paged<TeamDto>>("/api/culture/teams")).Items.ShouldHaveSingleItem().Name.ShouldBe("太极拳队");
        (await scene.Secretary.GetJsonAsync<List<VenueDto>>("/api/culture/venues")).ShouldHaveSingleItem().Name.ShouldBe("图书室");
    }

    [Fact]
    public async Task The_host_lists_the_module_and_a_new_community_has_it_only_when_switched_on()
    {
        var admin = await platform.AdminAsync();
        var installed = (await admin.GetJsonAsync("/api/platform/modules")).AsArray().Select(m => m!.Str("name"));
        var code = (await platform.NewCommunityAsync()).Str("code");
        var switches = (await admin.GetJsonAsync($"/api/platform/communities/{code}/modules")).AsArray();

        installed.ShouldContain(CultureTeamsModuleName.Value);
        switches.Single(m => m!.Str("name") == CultureTeamsModuleName.Value)!["enabled"]!.GetValue<bool>().ShouldBeFalse();
    }
}
