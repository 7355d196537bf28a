using System.Net;
using System.Text.RegularExpressions;

namespace CommunityPlatform.PartyOrganization.Tests;

/// <summary>The Party module's console pages: what a secretary sees and does, and what a street supervisor may only read.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PartyPagesTests(PlatformFixture platform)
{
    private static readonly string[] Pages =
    [
        "/party/organizations", "/party/members", "/party/members/plaques", "/party/meetings", "/party/pledges", "/party/reviews",
        "/party/care", "/party/joint-units", "/party/dues", "/party/reports",
    ];

    [Fact]
    public async Task Every_page_shows_the_xincun_figures_of_the_report_to_its_secretary()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        foreach (var page in Pages) await console.PageAsync(page);

        (await console.PageAsync("/party/organizations")).ShouldContain("新村社区第1党支部");
        var members = await console.PageAsync("/party/members");
        members.ShouldContain("<strong id=\"total\">205</strong>");
        (await console.PageAsync("/party/members?category=Retired")).ShouldContain("<strong id=\"total\">193</strong>");
        (await console.PageAsync("/party/members?category=InService")).ShouldContain("<strong id=\"total\">12</strong>");
        var pledges = await console.PageAsync("/party/pledges");
        pledges.ShouldContain("data-rate=\"members\">546 / 569 = 96.0%");
        pledges.ShouldContain("data-rate=\"organizations\">62 / 62 = 100.0%");
        (await console.PageAsync("/party/reports")).ShouldContain("<div class=\"value\" id=\"members-total\">205</div>");
        (await console.PageAsync("/")).ShouldContain("data-rate=\"member-pledges\">546 / 569 = 96.0%");

        var member = MemberLink().Match(members).Groups[1].Value;
        MemberLink().Match(await console.PageAsync("/party/members?page=2")).Groups[1].Value.ShouldNotBe(member, "the pager reads page from the query, not the page's route");
        (await console.PageAsync($"/party/members/{member}")).ShouldContain("id=\"history\"");
        var meeting = MeetingLink().Match(await console.PageAsync("/party/meetings")).Groups[1].Value;
        (await console.PageAsync($"/party/meetings/{meeting}")).ShouldContain("id=\"attendance\"");
        (await console.PageAsync("/party/members/edit")).ShouldContain("id=\"member-form\"");
        var branch = UnitOption().Match(await console.PageAsync("/party/meetings/edit")).Groups[1].Value;
        (await console.PageAsync($"/party/meetings/edit?unitId={branch}")).ShouldContain("Form.Attendance[0].Present");
    }

    [Fact]
    public async Task Every_page_and_each_edit_form_reads_in_English()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "chonghua-secretary");
        await console.Client.GetAsync("/console/language?to=en&back=/");

        foreach (var page in Pages) (await console.PageAsync(page)).ShouldContain("lang=\"en\"");
        (await console.PageAsync("/party/pledges")).ShouldContain("Make a pledge");
        (await console.PageAsync("/")).ShouldContain("Pledges kept");
        var member = MemberLink().Match(await console.PageAsync("/party/members")).Groups[1].Value;
        (await console.PageAsync($"/party/members/edit/{member}")).ShouldContain("Edit a member");
        var meeting = MeetingLink().Match(await console.PageAsync("/party/meetings")).Groups[1].Value;
        (await console.PageAsync($"/party/meetings/edit/{meeting}")).ShouldContain("Form.Attendance[0].Present");
    }

    [Fact]
    public async Task A_secretary_registers_a_member_on_the_form_and_records_a_meeting_a_pledge_and_dues()
    {
        var (console, api, branch) = await NewCommunityWithSecretaryAsync();
        var name = "页面党员" + Guid.NewGuid().ToString("N")[..6];
        var resident = await api.PostOkAsync("/api/residents/people", new { name });

        var found = await console.PageAsync($"/party/members/edit?resident={Uri.EscapeDataString(name)}");
        found.ShouldContain($"residentId={resident.Id()}");
        var form = $"/party/members/edit?residentId={resident.Id()}";
        var fields = new Dictionary<string, string>
        {
            ["Form.ResidentId"] = resident.Id(), ["Form.UnitId"] = branch, ["Form.JoinedOn"] = "2010-07-01", ["Form.Status"] = "Full",
            ["Form.FullSince"] = "2011-07-01", ["Form.Category"] = "InService", ["Form.RelationHeld"] = "Employer", ["Form.RelationHolder"] = "市第三中学",
            ["Form.HouseholdPlaque"] = "false", ["Form.MonthlyIncomeYuan"] = "4000.50",
        };
        var registered = await console.SubmitAsync(form, new(fields));

        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect, await registered.Content.ReadAsStringAsync());
        var memberPage = registered.Headers.Location!.ToString();
        var member = await api.GetJsonAsync($"/api/party/members/{memberPage.Split('/')[^1]}");
        member["monthlyIncomeFen"]!.GetValue<long>().ShouldBe(400050);
        member["monthlyDuesFen"]!.GetValue<long>().ShouldBe(4001);
        member.Str("managementMode").ShouldBe("dual");

        var again = await console.SubmitAsync(form, new(fields));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("该居民已登记为党员");

        var reported = await console.SubmitAsync(memberPage, new() { ["reportIn.On"] = "2020-03-01", ["reportIn.ServiceChoice"] = "社区治安巡逻", ["reportIn.ConcurrencyStamp"] = member.Str("concurrencyStamp") }, $"{memberPage}?handler=ReportIn");
        reported.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await console.PageAsync(memberPage)).ShouldContain("2020-03-01 社区治安巡逻");

        var meeting = await console.SubmitAsync($"/party/meetings/edit?unitId={branch}", new()
        {
            ["Form.UnitId"] = branch, ["Form.Kind"] = "BranchMembers", ["Form.HeldOn"] = "2024-05-06", ["Form.Topic"] = "学习党章",
            ["Form.Attendance[0].MemberId"] = member.Id(), ["Form.Attendance[0].Present"] = "false", ["Form.Attendance[0].AbsenceReason"] = "外出",
        }, "/party/meetings/edit");
        meeting.StatusCode.ShouldBe(HttpStatusCode.Redirect, await meeting.Content.ReadAsStringAsync());
        (await console.PageAsync(meeting.Headers.Location!.ToString())).ShouldContain("外出");

        var pledge = await console.SubmitAsync("/party/pledges", new()
        {
            ["pledge.MemberId"] = member.Id(), ["pledge.UnitId"] = "", ["pledge.Category"] = "WorkplaceExcellence", ["pledge.Content"] = "岗位带头",
            ["pledge.MadeOn"] = "2024-01-02", ["pledge.DueOn"] = "2024-12-31",
        }, "/party/pledges?handler=Pledge");
        pledge.StatusCode.ShouldBe(HttpStatusCode.Redirect, await pledge.Content.ReadAsStringAsync());
        var made = (await api.GetJsonAsync("/api/party/pledges"))["items"]![0]!;
        var kept = await console.SubmitAsync("/party/pledges", new()
        {
            ["id"] = made.Id(), ["close.Fulfilled"] = "true", ["close.On"] = "2024-06-01", ["close.ConcurrencyStamp"] = made.Str("concurrencyStamp"),
        }, "/party/pledges?handler=Close");
        kept.StatusCode.ShouldBe(HttpStatusCode.Redirect, await kept.Content.ReadAsStringAsync());
        (await console.PageAsync("/party/pledges")).ShouldContain("data-rate=\"members\">1 / 1 = 100.0%");

        var month = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM");
        var paid = await console.SubmitAsync($"/party/dues?month={month}", new()
        {
            ["pay.MemberId"] = member.Id(), ["pay.Month"] = month, ["pay.AmountYuan"] = "40.01", ["pay.PaidOn"] = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), ["pay.PaidBy"] = "家属",
        }, "/party/dues?handler=Pay");
        paid.StatusCode.ShouldBe(HttpStatusCode.Redirect, await paid.Content.ReadAsStringAsync());
        (await console.PageAsync($"/party/dues?month={month}")).ShouldContain("id=\"rate\">1 / 1 = 100.0%");
    }

    [Fact]
    public async Task A_refused_form_says_why_beside_it_and_saves_nothing()
    {
        var (console, api, branch) = await NewCommunityWithSecretaryAsync();

        var noResident = await console.SubmitAsync("/party/members/edit", new() { ["Form.UnitId"] = branch, ["Form.JoinedOn"] = "2010-07-01", ["Form.Category"] = "Retired", ["Form.Status"] = "Probationary" });
        noResident.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noResident.Content.ReadAsStringAsync()).ShouldContain("data-valmsg-for=\"Form.ResidentId\" data-valmsg-replace=\"true\">此项为必填项");

        var future = await console.SubmitAsync("/party/meetings/edit", new()
        {
            ["Form.UnitId"] = branch, ["Form.Kind"] = "Lecture", ["Form.HeldOn"] = "2099-01-01", ["Form.Topic"] = "未来的党课",
        });
        future.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await future.Content.ReadAsStringAsync()).ShouldContain("日期不能晚于今天");
        (await api.GetJsonAsync("/api/party/meetings"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task A_street_supervisor_reads_every_page_without_a_form_to_change_anything_and_a_post_is_refused()
    {
        var console = await NewSupervisorOfAsync("dongshan");

        foreach (var page in Pages)
        {
            var html = await console.PageAsync(page);
            WritingForms().Matches(html).Select(m => m.Value).ShouldBeEmpty(page);
            html.ShouldNotContain("/party/members/edit");
            html.ShouldNotContain("/party/meetings/edit");
        }

        (await console.PageAsync("/party/pledges")).ShouldContain("546 / 569 = 96.0%");
        (await console.PageAsync("/party/reports?scope=Street")).ShouldContain("id=\"members-total\">205<");
        (await console.PageAsync("/party/reports?scope=City")).ShouldContain("id=\"refusal\"");
        (await console.Client.GetAsync("/party/members/edit")).Headers.Location!.ToString().ShouldContain("/account/denied");

        var refused = await console.SubmitAsync("/party/pledges", new()
        {
            ["pledge.UnitId"] = Guid.NewGuid().ToString(), ["pledge.Category"] = "ServiceProject", ["pledge.Content"] = "街道不能写", ["pledge.MadeOn"] = "2024-01-02", ["pledge.DueOn"] = "2024-02-02",
        }, "/party/pledges?handler=Pledge");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_community_account_asking_for_street_figures_is_told_it_may_not()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");

        var page = await console.PageAsync("/party/reports?scope=Street");

        page.ShouldContain("该账号无权查看此范围的汇总");
        page.ShouldNotContain("<option value=\"Street\"");
    }

    /// <summary>A fresh community with a branch, its secretary signed in to the console, and the administrator's API client for it.</summary>
    [Fact]
    public async Task A_secretary_makes_a_member_the_liaison_of_a_building_on_the_organisation_page()
    {
        var (console, api, branch) = await NewCommunityWithSecretaryAsync();
        var building = await api.PostOkAsync("/api/residents/buildings", new { number = "7" });
        var resident = await api.PostOkAsync("/api/residents/people", new { name = "联络员甲" });
        var member = await api.PostOkAsync("/api/party/members", new
        {
            residentId = resident.Id(), unitId = branch, joinedOn = "2001-07-01", status = "full", fullSince = "2002-07-01", category = "retired",
        });

        var saved = await console.SubmitAsync("/party/organizations", new() { ["buildingId"] = building.Id(), ["memberId"] = member.Id() }, "/party/organizations?handler=Liaison");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        var liaison = (await api.GetJsonAsync("/api/party/liaisons")).AsArray().Single()!;
        (liaison.Str("buildingId"), liaison.Str("name")).ShouldBe((building.Id(), "联络员甲"));
    }

    private async Task<(ConsoleSession Console, HttpClient Api, string Branch)> NewCommunityWithSecretaryAsync()
    {
        var code = (await platform.NewCommunityAsync("PartyOrganization")).Str("code");
        var api = await platform.AdminAsync(code);
        var branch = (await api.PostOkAsync("/api/party/organizations", new { name = "页面测试党支部", kind = "branch" })).Id();
        var userName = "pp" + Guid.NewGuid().ToString("N")[..8];
        await api.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles = new[] { "secretary" } });
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);
        await console.SubmitAsync("/account/password", new() { ["CurrentPassword"] = PlatformFactory.Password, ["NewPassword"] = "Party#2026x" });
        return (console, api, branch);
    }

    /// <summary>
    /// A street supervisor of its own: the seeded one's password is changed by another test, and a street account
    /// reads every community of its street (dongshan has xincun only, so the console needs no community chosen).
    /// </summary>
    private async Task<ConsoleSession> NewSupervisorOfAsync(string street)
    {
        var admin = await platform.AdminAsync();
        var streetId = (await admin.GetJsonAsync("/api/platform/streets")).AsArray().First(s => s!.Str("code") == street)!.Id();
        var userName = "ps" + Guid.NewGuid().ToString("N")[..8];
        await admin.PostOkAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, kind = "street", streetId });
        var console = await ConsoleSession.SignInAsync(platform.Factory, userName);
        await console.SubmitAsync("/account/password", new() { ["CurrentPassword"] = PlatformFactory.Password, ["NewPassword"] = "Street#2026x" });
        return console;
    }

    // Any form that writes, apart from the layout's sign-out and community switch.
    [GeneratedRegex("<form[^>]*method=\"post\"(?![^>]*action=\"/(account/signout|console/community)\")[^>]*>")]
    private static partial Regex WritingForms();

    [GeneratedRegex("href=\"/party/members/([0-9a-f-]{36})\"")]
    private static partial Regex MemberLink();

    [GeneratedRegex("href=\"/party/meetings/([0-9a-f-]{36})\"")]
    private static partial Regex MeetingLink();

    // The indent of a unit below the top is an ideographic space, which the page writes as an entity.
    [GeneratedRegex("<option value=\"([0-9a-f-]{36})\"[^>]*>&#x3000;新村社区第1党支部")]
    private static partial Regex UnitOption();
}
