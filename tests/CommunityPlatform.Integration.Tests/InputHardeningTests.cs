using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using CommunityPlatform.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CommunityPlatform.Integration.Tests;

/// <summary>
/// Input that reached a server error before: holes in lists, amounts past the int range (in the Party module's tests), NUL characters, a
/// language switch pointed off-site, a console form without its token, a signed token naming no account.
/// Each answers as the client's fault, never 500.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class InputHardeningTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_null_inside_any_list_of_a_body_is_a_400_naming_the_item()
    {
        var code = (await platform.NewCommunityAsync("GridManagement", "PartyOrganization")).Str("code");
        var admin = await platform.AdminAsync(code);
        var grid = await admin.PostOkAsync("/api/grid/grids", new { name = "社区网格", level = "community" });
        var branch = await admin.PostOkAsync("/api/party/organizations", new { name = "社区党支部", kind = "branch" });
        var account = await admin.PostOkAsync("/api/identity/users", new { userName = "n" + Guid.NewGuid().ToString("N")[..10], password = PlatformFactory.Password, roles = new[] { "secretary" } });

        var cases = new (string Method, string Url, string Body, string Field)[]
        {
            ("POST", "/api/grid/patrols", $$"""{"gridId":"{{grid.Id()}}","findings":[null]}""", "findings[0]"),
            ("POST", "/api/grid/rhythm/meetings", """{"heldOn":"2026-01-05","topic":"月度联席会","minutes":"议定事项","decisions":[{"text":"清理楼道"},null]}""", "decisions[1]"),
            ("POST", "/api/party/meetings", $$"""{"kind":"branchMembers","unitId":"{{branch.Id()}}","heldOn":"2026-01-05","topic":"党员大会","attendance":[null]}""", "attendance[0]"),
            ("POST", "/api/identity/roles", """{"name":"x-y","title":"t","permissions":[null]}""", "permissions[0]"),
            ("PUT", $"/api/identity/users/{account.Id()}/roles", """{"roles":[null]}""", "roles[0]"),
            ("POST", "/api/identity/users", """{"userName":"nullrole","password":"Test@2026!","roles":["secretary",null]}""", "roles[1]"),
        };

        foreach (var (method, url, body, field) in cases)
        {
            var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
            problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain(field, $"{method} {url}: {problem.ToJsonString()}");
        }

        (await admin.GetJsonAsync("/api/grid/patrols"))["total"]!.GetValue<int>().ShouldBe(0);
        (await admin.GetJsonAsync("/api/grid/rhythm/meetings")).AsArray().ShouldBeEmpty();
        (await admin.GetJsonAsync("/api/party/meetings"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task Text_with_a_NUL_character_is_refused_wherever_it_is_bound()
    {
        var code = (await platform.NewCommunityAsync()).Str("code");
        var admin = await platform.AdminAsync(code);

        var body = await admin.PostRawAsync("/api/residents/people", """{"name":"周\u0000八"}""");
        var query = await admin.GetAsync("/api/residents/people?name=%E5%91%A8%00");
        var listItem = await admin.PostRawAsync("/api/identity/users", """{"userName":"nul-item","password":"Test@2026!","roles":["secre\u0000tary"]}""");

        (await body.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid"))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["name"]);
        (await query.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid"))["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["name"]);
        (await listItem.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid"))["errors"]!.AsObject().Select(e => e.Key).ShouldContain("roles[0]");
        (await admin.GetJsonAsync("/api/residents/people"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Theory]
    [InlineData("""{"name":"\ud800"}""")]
    [InlineData("""{"name":"周\udc00八"}""")]
    [InlineData("""{"name":"周八","\ud800":"x"}""")]
    public async Task A_lone_surrogate_in_JSON_is_a_400(string json)
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");

        var response = await secretary.PostRawAsync("/api/residents/people", json);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Fact]
    public async Task A_lone_surrogate_sent_as_raw_bytes_is_a_400()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");
        var bytes = new ByteArrayContent([.. "{\"name\":\"周"u8, 0xED, 0xA0, 0x80, .. "\"}"u8]);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        await (await secretary.PostAsync("/api/residents/people", bytes)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
    }

    [Theory]
    [InlineData("/%5Cevil.example", "/")]
    [InlineData("//evil.example", "/")]
    [InlineData("/%09/evil.example", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("/%0D%0ASet-Cookie:%20x=1", "/")]
    [InlineData("/residents/people", "/residents/people")]
    [InlineData("/grid/signboards/%E7%BD%91%E6%A0%BC", "/grid/signboards/%E7%BD%91%E6%A0%BC")]
    public async Task The_language_switch_sends_back_only_to_a_page_of_this_host(string back, string expected)
    {
        var visitor = ConsoleSession.Open(platform.Factory).Client;

        var response = await visitor.GetAsync($"/console/language?to=en&back={back}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe(expected);
    }

    [Fact]
    public async Task A_console_post_without_its_antiforgery_token_is_a_400()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "admin");

        var switcher = await console.Client.PostAsync("/console/community", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "wuyijie" }));
        var page = await console.Client.PostAsync("/platform/communities?handler=create", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "tnotoken", ["name"] = "无令牌社区" }));

        switcher.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await switcher.Content.ReadAsStringAsync());
        switcher.Headers.Contains("Set-Cookie").ShouldBeFalse();
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(ClaimTypes.NameIdentifier, "not-a-guid")]
    [InlineData(ClaimTypes.NameIdentifier, "")]
    [InlineData("sub", "admin")]
    [InlineData(ClaimTypes.Name, "admin")]
    public async Task A_signed_token_whose_subject_is_not_an_account_id_is_a_401(string claim, string value)
    {
        var key = platform.Factory.Services.GetRequiredService<SigningKey>();
        var token = new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: AccessTokens.Issuer, audience: AccessTokens.Issuer, claims: [new Claim(claim, value)],
            notBefore: DateTime.UtcNow.AddMinutes(-1), expires: DateTime.UtcNow.AddHours(1),
            signingCredentials: new SigningCredentials(key.Key, SecurityAlgorithms.HmacSha256)));
        var client = platform.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        await (await client.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
        await (await client.GetAsync("/api/residents/people")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
        await (await client.GetAsync("/api/platform/communities")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
    }

    [Fact]
    public async Task A_page_past_the_end_of_a_list_is_empty_rather_than_the_first_page_again()
    {
        var secretary = await platform.SecretaryOfAsync("wuyijie");

        var page = await secretary.GetJsonAsync($"/api/residents/people?page={int.MaxValue}&pageSize=100");

        page["items"]!.AsArray().ShouldBeEmpty();
        page["total"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_console_session_naming_no_account_is_sent_to_sign_in_not_shown_a_guarded_page()
    {
        // A session cookie the host itself sealed, whose subject is no account id: only a forged or stale session has
        // one, and a guarded page must treat it as no session at all rather than let it through unchecked. The same
        // cookie naming a real account opens the page, which shows the cookie is read.
        var secretary = (await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync("/api/account/me")).Id();

        var real = await SealedSessionClient(secretary).GetAsync("/residents/buildings");
        var noAccount = await SealedSessionClient("not-a-guid").GetAsync("/residents/buildings");

        real.StatusCode.ShouldBe(HttpStatusCode.OK, real.Headers.Location?.ToString());
        noAccount.StatusCode.ShouldBe(HttpStatusCode.Redirect, await noAccount.Content.ReadAsStringAsync());
        noAccount.Headers.Location.ShouldNotBeNull().ToString().ShouldContain("/account/signin");
    }

    private HttpClient SealedSessionClient(string accountId)
    {
        var scheme = CommunityPlatform.Web.Console.ConsoleSchemes.Cookie;
        var cookies = platform.Factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>>().Get(scheme);
        // A real session carries the account's security stamp, as the sign-in page seals it.
        string? stamp = null;
        if (Guid.TryParse(accountId, out var id))
        {
            using var scope = platform.Factory.Services.CreateScope();
            stamp = scope.ServiceProvider.GetRequiredService<CommunityPlatform.Identity.Data.AccountsDbContext>().Users.Single(a => a.Id == id).SecurityStamp;
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, accountId), new Claim(ClaimTypes.Name, "xincun-secretary"), new Claim(CommunityPlatform.Security.SecurityStamps.Claim, CommunityPlatform.Security.SecurityStamps.Digest(stamp ?? ""))],
            scheme, ClaimTypes.Name, ClaimTypes.Role);
        var ticket = new Microsoft.AspNetCore.Authentication.AuthenticationTicket(new ClaimsPrincipal(identity), scheme);
        var client = platform.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{cookies.Cookie.Name}={cookies.TicketDataFormat.Protect(ticket)}");
        return client;
    }
}
