using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Integration.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ModuleSwitchTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_module_switched_off_answers_404_and_its_data_returns_when_switched_on_again()
    {
        var community = await platform.NewCommunityAsync("PartyOrganization");
        var code = community.Str("code");
        var admin = await platform.AdminAsync(code);
        var unit = await admin.PostOkAsync("/api/party/organizations", new { name = "第一党支部", kind = "branch" });

        (await admin.DeleteAsync($"/api/platform/communities/{code}/modules/PartyOrganization")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await admin.GetAsync("/api/party/organizations")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        await (await admin.PostAsJsonAsync("/api/party/organizations", new { name = "第二党支部", kind = "branch" })).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");

        (await admin.PutAsync($"/api/platform/communities/{code}/modules/partyorganization", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var units = (await admin.GetJsonAsync("/api/party/organizations")).AsArray();
        units.Select(u => u!.Id()).ShouldBe([unit.Id()]);
    }

    [Fact]
    public async Task The_switches_list_every_installed_module_and_the_history_says_who_changed_what()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync();

        var before = (await admin.GetJsonAsync($"/api/platform/communities/{code}/modules")).AsArray();
        before.Single(m => m!.Str("name") == "PartyOrganization")!["enabled"]!.GetValue<bool>().ShouldBeFalse();
        before.Single(m => m!.Str("name") == "Residents")!["enabled"]!.GetValue<bool>().ShouldBeTrue();
        before.Single(m => m!.Str("name") == "Residents")!["isPlatform"]!.GetValue<bool>().ShouldBeTrue();

        await admin.PutAsync($"/api/platform/communities/{code}/modules/PartyOrganization", null);
        await admin.DeleteAsync($"/api/platform/communities/{code}/modules/PartyOrganization");

        var history = (await admin.GetJsonAsync($"/api/platform/communities/{code}/modules/history")).AsArray();
        history.Select(h => h!["enabled"]!.GetValue<bool>()).ShouldBe([false, true]);
        history.All(h => h!.Str("changedByName") == "admin" && h!.Str("module") == "PartyOrganization").ShouldBeTrue();
    }

    [Fact]
    public async Task Platform_modules_cannot_be_switched_off_and_unknown_modules_are_not_found()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync();

        await (await admin.DeleteAsync($"/api/platform/communities/{code}/modules/Residents")).ShouldBeProblemAsync((HttpStatusCode)422, "Module.PlatformAlwaysOn");
        await (await admin.PutAsync($"/api/platform/communities/{code}/modules/Nothing", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.NotFound");
    }

    [Fact]
    public async Task Only_the_city_administrator_switches_modules()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");

        await (await secretary.DeleteAsync("/api/platform/communities/xincun/modules/PartyOrganization")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        (await secretary.GetJsonAsync("/api/platform/communities/xincun/modules")).AsArray()
            .Single(m => m!.Str("name") == "PartyOrganization")!["enabled"]!.GetValue<bool>().ShouldBeTrue();
    }
}
