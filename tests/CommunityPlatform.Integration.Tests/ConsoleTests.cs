using System.Net;
using MiniExcelLibs;

namespace CommunityPlatform.Integration.Tests;

/// <summary>The console as a community worker uses it: pages, menus, forms, the ledger export.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConsoleTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_visitor_is_sent_to_the_sign_in_page_and_the_pages_carry_strict_security_headers()
    {
        var response = await ConsoleSession.Open(platform.Factory).Client.GetAsync("/residents/people");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/account/signin");
        var page = await ConsoleSession.Open(platform.Factory).Client.GetAsync("/account/signin");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self';");
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        page.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        (await page.Content.ReadAsStringAsync()).ShouldContain("<meta name=\"renderer\" content=\"webkit\" />");
    }

    [Fact]
    public async Task A_secretary_signs_in_and_sees_the_dashboard_and_the_menus_of_enabled_modules()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");

        var dashboard = await console.PageAsync("/");
        dashboard.ShouldContain("新村社区");
        dashboard.ShouldContain("href=\"/residents/people\"");
        dashboard.ShouldContain("href=\"/party/organizations\"");
        dashboard.ShouldContain("<svg");
        (await console.PageAsync("/party/organizations")).ShouldContain("第1党支部");
    }

    [Fact]
    public async Task The_API_never_accepts_the_console_cookie()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");

        await (await console.Client.GetAsync("/api/account/me")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account.Unauthorized");
    }

    [Fact]
    public async Task A_module_switched_off_loses_its_menu_entry_and_its_pages_answer_404()
    {
        var code = (await platform.NewCommunityAsync("PartyOrganization")).Str("code");
        var userName = "page" + Guid.NewGuid().ToString("N")[..8];
        await (await platform.AdminAsync(code)).PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "secretary" } });
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);
        await console.SubmitAsync("/account/password", new() { ["CurrentPassword"] = PlatformFactory.Password, ["NewPassword"] = "Page#2026x" });
        (await console.PageAsync("/")).ShouldContain("href=\"/party/organizations\"");

        await (await platform.AdminAsync()).DeleteAsync($"/api/platform/communities/{code}/modules/PartyOrganization");

        (await console.PageAsync("/")).ShouldNotContain("href=\"/party/organizations\"");
        await console.PageAsync("/party/organizations", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_account_must_choose_its_own_password_before_anything_else()
    {
        var userName = "fresh" + Guid.NewGuid().ToString("N")[..8];
        await (await platform.SecretaryOfAsync("chonghua")).PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "residents-staff" } });
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);

        var elsewhere = await console.Client.GetAsync("/residents/people");
        elsewhere.Headers.Location!.ToString().ShouldBe("/account/password");

        var weak = await console.SubmitAsync("/account/password", new() { ["CurrentPassword"] = PlatformFactory.Password, ["NewPassword"] = "weak" });
        (await weak.Content.ReadAsStringAsync()).ShouldContain("密码至少8位");
        var changed = await console.SubmitAsync("/account/password", new() { ["CurrentPassword"] = PlatformFactory.Password, ["NewPassword"] = "Chosen#2026" });
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await console.PageAsync("/residents/people");
    }

    [Fact]
    public async Task An_invalid_ID_number_is_shown_beside_its_field_and_nothing_is_saved()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "wuyijie-secretary");
        var id = TestIds.Next();
        var wrong = id[..17] + (id[17] == '1' ? '2' : '1');

        var answer = await console.SubmitAsync("/residents/people/edit", new() { ["Form.Name"] = "表单测试", ["Form.IdNumber"] = wrong });

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await answer.Content.ReadAsStringAsync();
        html.ShouldContain("身份证号码无效");
        html.ShouldContain("身份证号码校验位与前 17 位不符");
        (await (await platform.SecretaryOfAsync("wuyijie")).GetJsonAsync($"/api/residents/people?idNumber={wrong}"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task ID_numbers_are_masked_on_the_pages_until_shown_and_showing_is_audited()
    {
        var api = await platform.SecretaryOfAsync("oufengliyuan");
        var id = TestIds.Next();
        var resident = await api.PostOkAsync("/api/residents/people", new { name = "显示测试", idNumber = id });
        var console = await ConsoleSession.SignInAsync(platform.Factory, "oufengliyuan-secretary");

        var page = await console.PageAsync($"/residents/people/{resident.Id()}");
        page.ShouldContain($"{id[..6]}********{id[^4..]}");
        page.ShouldNotContain(id);
        var list = await console.PageAsync($"/residents/people?idNumber={id}");
        list.ShouldContain($"{id[..6]}********{id[^4..]}");
        list.ShouldNotContain($">{id}<");
        var shown = await console.SubmitAsync($"/residents/people/{resident.Id()}", [], $"/residents/people/{resident.Id()}?handler=Reveal");
        (await shown.Content.ReadAsStringAsync()).ShouldContain(id);

        var trail = await api.GetJsonAsync($"/api/platform/audit?subject=Resident&entityId={resident.Id()}");
        trail["items"]!.AsArray().Select(e => e!.Str("action")).ShouldContain("Residents.IdNumberShown");
    }

    [Fact]
    public async Task The_registry_exports_to_Excel_with_Chinese_headers_and_ID_numbers_as_text()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "chonghua-secretary");

        (await console.PageAsync("/residents/people")).ShouldContain("href=\"/residents/people?handler=export\"");
        var response = await console.Client.GetAsync("/residents/people?handler=export");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = await RowsAsync(response);
        rows.Count.ShouldBeGreaterThan(100);
        rows[0].Keys.ShouldContain("身份证号");
        var masked = rows.Select(r => r["身份证号"]).OfType<object>().ToList();
        masked.Count.ShouldBeGreaterThan(100);
        masked.ShouldAllBe(v => v is string && ((string)v).Length == 18 && ((string)v).Substring(6, 8) == "********");

        // Whole numbers only when asked for, by a secretary (who holds Residents.ViewSensitive).
        var whole = (await RowsAsync(await console.Client.GetAsync("/residents/people?handler=export&fullIdNumbers=true")))
            .Select(r => r["身份证号"]).OfType<object>().ToList();
        whole.Count.ShouldBe(masked.Count);
        whole.ShouldAllBe(v => v is string && ((string)v).Length == 18 && !((string)v).Contains('*'));
        var trail = await (await platform.SecretaryOfAsync("chonghua")).GetJsonAsync("/api/platform/audit?subject=Residents.Exported");
        trail["items"]!.AsArray().Select(e => e!.Str("detail")).ShouldContain(d => d.EndsWith("rows, ID numbers whole"));
        trail["items"]!.AsArray().Select(e => e!.Str("detail")).ShouldContain(d => d.EndsWith("rows, ID numbers masked"));
    }

    private static async Task<List<IDictionary<string, object>>> RowsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
    }

    [Fact]
    public async Task The_language_switch_sticks()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");

        (await console.Client.GetAsync("/console/language?to=en&back=/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await console.PageAsync("/residents/people");
        page.ShouldContain("Residents");
        page.ShouldContain("lang=\"en\"");
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");

        var response = await console.Client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string>()));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_secretary_creates_a_staff_account_and_resets_its_password_on_the_accounts_page()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "tachenglu-secretary");
        var userName = "staff" + Guid.NewGuid().ToString("N")[..8];

        var created = await console.SubmitAsync("/identity/accounts", new() { ["userName"] = userName, ["password"] = "First#2026", ["role"] = "residents-staff" }, "/identity/accounts?handler=Create");
        (await created.Content.ReadAsStringAsync()).ShouldContain($"data-account=\"{userName}\"");
        var id = (await (await platform.SecretaryOfAsync("tachenglu")).GetJsonAsync($"/api/identity/users?search={userName}"))["items"]![0]!.Id();

        var granted = await console.SubmitAsync("/identity/accounts", new() { ["id"] = id, ["roles"] = "party-staff" }, "/identity/accounts?handler=Roles");
        (await granted.Content.ReadAsStringAsync()).ShouldContain("授权已更新");
        (await (await platform.SecretaryOfAsync("tachenglu")).GetJsonAsync($"/api/identity/users/{id}"))["grants"]!.AsArray()
            .Select(g => g!.Str("role")).ShouldBe(["party-staff"]);

        var reset = await console.SubmitAsync("/identity/accounts", new() { ["id"] = id, ["newPassword"] = "Reset#2026" }, "/identity/accounts?handler=Reset");

        (await reset.Content.ReadAsStringAsync()).ShouldContain("密码已重置");
        var token = await (await platform.Anonymous().PostAsync("/api/account/token", System.Net.Http.Json.JsonContent.Create(new { userName, password = "Reset#2026" }))).JsonAsync();
        token["mustChangePassword"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task The_city_administrator_creates_a_community_on_its_page_and_bad_codes_are_refused()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "admin");
        var page = await console.PageAsync("/platform/communities");
        var street = System.Text.RegularExpressions.Regex.Match(page, "<option value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var code = "p" + Guid.NewGuid().ToString("N")[..8];

        var bad = await console.SubmitAsync("/platform/communities", new() { ["code"] = "Bad Code", ["name"] = "坏代码社区", ["streetId"] = street }, "/platform/communities?handler=Create");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await console.PageAsync("/platform/communities")).ShouldNotContain("坏代码社区");

        var good = await console.SubmitAsync("/platform/communities", new() { ["code"] = code, ["name"] = "页面新建社区", ["streetId"] = street }, "/platform/communities?handler=Create");
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await console.PageAsync("/platform/communities")).ShouldContain($"data-community=\"{code}\"");

        var district = System.Text.RegularExpressions.Regex.Match(page, "name=\"districtId\">\\s*<option value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var streetCode = "s" + Guid.NewGuid().ToString("N")[..8];
        await console.SubmitAsync("/platform/communities", new() { ["code"] = streetCode, ["name"] = "页面新建街道", ["districtId"] = district }, "/platform/communities?handler=Street");
        (await console.PageAsync("/platform/communities")).ShouldContain($"data-street=\"{streetCode}\"");
    }

    [Fact]
    public async Task Buildings_and_households_export_as_ledgers_and_staff_without_the_permission_cannot_export()
    {
        var secretary = await platform.SecretaryOfAsync("oufengliyuan");
        using var buildings = new MemoryStream(await secretary.GetByteArrayAsync("/api/residents/ledger/buildings.xlsx"));
        using var households = new MemoryStream(await secretary.GetByteArrayAsync("/api/residents/ledger/households.xlsx"));

        var buildingRows = buildings.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        buildingRows.Count(r => int.TryParse(r["楼栋号"]?.ToString(), out _)).ShouldBe(30);
        households.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().First().Keys.ShouldContain("门牌");

        var staff = await platform.NewAccountAsync("oufengliyuan", "residents-staff");
        await (await staff.GetAsync("/api/residents/ledger/people.xlsx")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
    }

    [Fact]
    public async Task A_street_supervisor_switches_between_its_communities_and_signs_out_in_the_console()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "renminlu-supervisor");
        // With no community chosen, the street lands on the overview of its communities.
        (await console.PageAsync("/", HttpStatusCode.Redirect)).ShouldBeEmpty();
        (await console.PageAsync("/overview")).ShouldContain("街道总览");

        var switched = await console.SubmitAsync("/overview", new() { ["code"] = "wuyijie" }, "/console/community");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await console.PageAsync("/")).ShouldContain("<h1>五一街社区</h1>");

        var signedOut = await console.SubmitAsync("/", [], "/account/signout");
        signedOut.Headers.Location!.ToString().ShouldBe("/account/signin");
        (await console.Client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
