using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Sample.Tests;

/// <summary>The entries end to end: through the API and the page, refused when stale, gone with the module's switch.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EntryTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_secretary_adds_reads_and_changes_entries()
    {
        var code = (await platform.NewCommunityAsync(SampleModuleName.Value)).Str("code");
        var secretary = await platform.NewAccountAsync(code, "secretary");

        var created = (await secretary.PostOkAsync("/api/sample/entries", new { title = "第一条", note = "备注" })).As<EntryDto>();
        var listed = await secretary.GetJsonAsync<Application.Paged<EntryDto>>("/api/sample/entries");
        var changed = (await secretary.PutAsJsonAsync($"/api/sample/entries/{created.Id}", new { title = "第一条（改）", concurrencyStamp = created.ConcurrencyStamp }));

        listed.Total.ShouldBe(1);
        listed.Items.Single().Title.ShouldBe("第一条");
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secretary.GetJsonAsync<EntryDto>($"/api/sample/entries/{created.Id}")).Title.ShouldBe("第一条（改）");
    }

    [Fact]
    public async Task A_stale_change_is_409_and_bad_input_400()
    {
        var code = (await platform.NewCommunityAsync(SampleModuleName.Value)).Str("code");
        var secretary = await platform.NewAccountAsync(code, "secretary");
        var created = (await secretary.PostOkAsync("/api/sample/entries", new { title = "一条" })).As<EntryDto>();

        await (await secretary.PutAsJsonAsync($"/api/sample/entries/{created.Id}", new { title = "二", concurrencyStamp = "stale" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
        var problem = await (await secretary.PostAsJsonAsync("/api/sample/entries", new { title = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        problem["errors"]!["title"].ShouldNotBeNull();
    }

    [Fact]
    public async Task The_host_lists_the_module_and_a_new_community_has_it_only_when_switched_on()
    {
        var admin = await platform.AdminAsync();
        var installed = (await admin.GetJsonAsync("/api/platform/modules")).AsArray().Select(m => m!.Str("name"));
        var code = (await platform.NewCommunityAsync()).Str("code");
        var switches = (await admin.GetJsonAsync($"/api/platform/communities/{code}/modules")).AsArray();

        installed.ShouldContain(SampleModuleName.Value);
        switches.Single(m => m!.Str("name") == SampleModuleName.Value)!["enabled"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task Switched_off_the_module_answers_404_and_its_data_stays()
    {
        var code = (await platform.NewCommunityAsync(SampleModuleName.Value)).Str("code");
        var secretary = await platform.NewAccountAsync(code, "secretary");
        await secretary.PostOkAsync("/api/sample/entries", new { title = "留存" });
        var admin = await platform.AdminAsync();

        (await admin.DeleteAsync($"/api/platform/communities/{code}/modules/{SampleModuleName.Value}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await secretary.GetAsync("/api/sample/entries")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        (await admin.PutAsync($"/api/platform/communities/{code}/modules/{SampleModuleName.Value}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await secretary.GetJsonAsync<Application.Paged<EntryDto>>("/api/sample/entries")).Total.ShouldBe(1);
    }

    [Fact]
    public async Task The_page_lists_entries_and_adds_one_through_the_form()
    {
        var code = (await platform.NewCommunityAsync(SampleModuleName.Value)).Str("code");
        var userName = "s" + Guid.NewGuid().ToString("N")[..10];
        var admin = await platform.AdminAsync(code);
        await admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "secretary" } });
        await platform.Factory.TokenAsync(userName);
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);

        var added = await console.SubmitAsync("/sample/entries", new() { ["entry.Title"] = "页面添加" });
        var page = await console.PageAsync("/sample/entries");

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.ShouldContain("页面添加");
        (await console.PageAsync("/")).ShouldContain("data-fact=\"sample-entries\"");
    }
}
