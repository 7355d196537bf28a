using System.Net;
using System.Net.Http.Json;

namespace CommunityPlatform.Integration.Tests;

// Why: a street could make display accounts for its wall screens but never take one down — a screen moved, or its
// password written on the wall, stayed signed in for good.

[Collection(PlatformCollection.Name)]
public sealed class DisplayAccountTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_street_disables_its_own_display_whose_tokens_end_at_once_and_nobody_else_finds_it()
    {
        var own = await platform.NewStreetAsync(1, "GridManagement");
        var other = await platform.NewStreetAsync(1, "GridManagement");
        var street = await platform.SignInAsync(own.Supervisor);
        var userName = $"{own.Code}-hall";
        var display = await street.PostOkAsync("/api/identity/displays", new { userName, password = PlatformFactory.Password });
        var screen = await platform.SignInAsync(userName);
        (await screen.GetAsync("/api/platform/overview/feed")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var disable = $"/api/identity/displays/{display.Id()}/disable";

        // Another street, and a community's secretary (who manages accounts, but not the street's), do not find it.
        await (await (await platform.SignInAsync(other.Supervisor)).PostAsJsonAsync(disable, new { concurrencyStamp = display.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        await (await (await platform.SecretaryOfAsync("wuyijie")).PostAsJsonAsync(disable, new { concurrencyStamp = display.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        await (await screen.PostAsJsonAsync(disable, new { concurrencyStamp = display.Str("concurrencyStamp") })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        // The street's own supervisor is no display: the endpoint does not reach other kinds of account.
        var supervisorId = (await street.GetJsonAsync("/api/account/me")).Id();
        await (await street.PostAsJsonAsync($"/api/identity/displays/{supervisorId}/disable", new { concurrencyStamp = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "Account.NotFound");
        // The stamp read when it was made went stale at its first sign-in (it chose its own password): the list has the current one.
        await (await street.PostAsJsonAsync(disable, new { concurrencyStamp = display.Str("concurrencyStamp") })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
        var stamp = (await street.GetJsonAsync("/api/identity/displays")).AsArray().Single(a => a!.Str("userName") == userName)!.Str("concurrencyStamp");

        var disabled = await street.PostOkAsync(disable, new { concurrencyStamp = stamp }, HttpStatusCode.OK);

        disabled["isActive"]!.GetValue<bool>().ShouldBeFalse();
        (await street.GetJsonAsync("/api/identity/displays")).AsArray().Single(a => a!.Str("userName") == userName)!["isActive"]!.GetValue<bool>().ShouldBeFalse();
        (await screen.GetAsync("/api/platform/overview/feed")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await platform.Anonymous().PostAsJsonAsync("/api/account/token", new { userName, password = PlatformFactory.Password })).IsSuccessStatusCode.ShouldBeFalse();
    }

    [Fact]
    public async Task The_streets_display_page_makes_and_disables_its_wall_screens()
    {
        var own = await platform.NewStreetAsync(1, "GridManagement");
        var street = await platform.SignInAsync(own.Supervisor); // chooses its password, as a first sign-in must
        var console = await ConsoleSession.SignInAsync(platform.Factory, own.Supervisor);
        var userName = $"{own.Code}-lobby";

        var made = await console.SubmitAsync("/identity/displays", new() { ["userName"] = userName, ["displayName"] = "服务中心大厅", ["password"] = PlatformFactory.Password },
            "/identity/displays?handler=Create");
        var page = await made.Content.ReadAsStringAsync();
        made.StatusCode.ShouldBe(HttpStatusCode.OK, page);
        page.ShouldContain($"data-account=\"{userName}\"");
        page.ShouldContain("服务中心大厅");

        var display = (await street.GetJsonAsync("/api/identity/displays")).AsArray().Single()!;
        var disabled = await console.SubmitAsync("/identity/displays", new() { ["id"] = display.Id(), ["concurrencyStamp"] = display.Str("concurrencyStamp") },
            "/identity/displays?handler=Disable");
        var after = await disabled.Content.ReadAsStringAsync();
        disabled.StatusCode.ShouldBe(HttpStatusCode.OK, after);
        after.ShouldContain("大屏账号已停用");
        (await street.GetJsonAsync("/api/identity/displays")).AsArray().Single()!["isActive"]!.GetValue<bool>().ShouldBeFalse();
    }
}
