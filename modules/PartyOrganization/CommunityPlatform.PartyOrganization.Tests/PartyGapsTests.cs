using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CommunityPlatform.Application;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CommunityPlatform.PartyOrganization.Tests;

/// <summary>
/// The gaps a secretary found in daily work (issue 18): finding a member by name, a unit's secretary, committee and
/// group leader, the grid a 网格党小组 serves, the pledge report's period, the roll of a committee meeting, the
/// registers in Excel and print, units in the order people count them, and rule messages in the reader's language.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PartyGapsTests(PlatformFixture platform)
{
    [Fact]
    public async Task Members_are_found_by_any_part_of_the_name_a_page_at_a_time()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var suffix = Guid.NewGuid().ToString("N")[..4];
        foreach (var name in new[] { $"王建国{suffix}", $"李秀英{suffix}", $"王小明{suffix}" }) await scene.MemberAsync(name);

        var wang = await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members?search=王");
        wang.Total.ShouldBe(2);
        wang.Items.ShouldAllBe(m => m.Name.StartsWith('王'));
        var page = await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members?search=王&pageSize=1&page=2");
        (page.Items.Count, page.Total).ShouldBe((1, 2));
        (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>($"/api/party/members?search=秀英{suffix}")).Items.ShouldHaveSingleItem().Name.ShouldBe($"李秀英{suffix}");
        (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members?search=赵")).Total.ShouldBe(0);

        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        var all = await console.PageAsync("/party/members");
        all.ShouldContain("id=\"search\"");
        var first = Regex.Match(all, "href=\"/party/members/[0-9a-f-]{36}\">([^<]+)</a>").Groups[1].Value;
        var found = await console.PageAsync($"/party/members?search={Uri.EscapeDataString(first)}");
        int.Parse(Regex.Match(found, "<strong id=\"total\">(\\d+)</strong>").Groups[1].Value).ShouldBeInRange(1, 204);
        found.ShouldContain($">{first}</a>");
    }

    [Fact]
    public async Task A_branch_has_a_secretary_and_committee_and_a_group_a_leader_each_a_member_of_the_unit()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var group = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第1党小组", kind = "group", parentId = scene.Branch.Id() });
        var other = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "另一党支部", kind = "branch" });
        var secretary = await scene.MemberAsync("张书记");
        var deputy = await scene.MemberAsync("李副书记");
        var inGroup = await scene.MemberAsync("王组长", unitId: group.Id());
        var stranger = await scene.MemberAsync("外支部", unitId: other.Id());
        var branch = await scene.Admin.GetJsonAsync<OrganizationUnitDto>($"/api/party/organizations/{scene.Branch.Id()}");

        var seated = await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{branch.Id}/team", new
        {
            secretaryMemberId = secretary.Id(), deputySecretaryMemberIds = new[] { deputy.Id() }, committeeMemberIds = new[] { inGroup.Id() },
            concurrencyStamp = branch.ConcurrencyStamp,
        })).ReadJsonAsync<OrganizationUnitDto>();
        seated.SecretaryName.ShouldBe("张书记");
        seated.Team.Select(p => (p.Name, p.Post)).ShouldBe([("张书记", UnitPost.Secretary), ("李副书记", UnitPost.DeputySecretary), ("王组长", UnitPost.CommitteeMember)]);

        var groupDto = await scene.Admin.GetJsonAsync<OrganizationUnitDto>($"/api/party/organizations/{group.Id()}");
        (await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{group.Id()}/team", new { groupLeaderMemberId = inGroup.Id(), concurrencyStamp = groupDto.ConcurrencyStamp }))
            .ReadJsonAsync<OrganizationUnitDto>()).GroupLeaderName.ShouldBe("王组长");

        // Refused: a member of another branch, a secretary for a group, the same member twice, a stale stamp.
        await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{branch.Id}/team", new { committeeMemberIds = new[] { stranger.Id() }, concurrencyStamp = seated.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.TeamMemberNotInUnit");
        var groupNow = await scene.Admin.GetJsonAsync<OrganizationUnitDto>($"/api/party/organizations/{group.Id()}");
        await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{group.Id()}/team", new { secretaryMemberId = inGroup.Id(), concurrencyStamp = groupNow.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Party.PostNotForUnit");
        await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{branch.Id}/team", new { secretaryMemberId = secretary.Id(), committeeMemberIds = new[] { secretary.Id() }, concurrencyStamp = seated.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Party.OnePostEach");
        await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{branch.Id}/team", new { concurrencyStamp = branch.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");

        // The demo's branches and groups have theirs, shown on the units page and each unit's page.
        var secretaryConsole = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        var units = await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations");
        units.Where(u => u.Kind == UnitKind.Branch).ShouldAllBe(u => u.SecretaryName != null && u.Team.Count == 5);
        var first = units.First(u => u.Name == "新村社区第1党支部");
        (await secretaryConsole.PageAsync("/party/organizations")).ShouldContain($"<td data-lead>{first.SecretaryName}</td>");
        var unitPage = await secretaryConsole.PageAsync($"/party/organizations/{first.Id}");
        unitPage.ShouldContain("id=\"team-form\"");
        foreach (var post in first.Team) unitPage.ShouldContain($">{post.Name}</a>");
        var wuyijie = await (await platform.SecretaryOfAsync("wuyijie")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations");
        wuyijie.Where(u => u.Kind == UnitKind.Group).ShouldAllBe(u => u.GroupLeaderName != null);
    }

    [Fact]
    public async Task A_grid_party_group_serves_its_grid_and_without_the_grid_module_no_grid_is_taken()
    {
        var wuyijie = await platform.SecretaryOfAsync("wuyijie");
        var groups = (await wuyijie.GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations")).Where(u => u.Kind == UnitKind.Group).ToList();
        groups.ShouldNotBeEmpty();
        groups.ShouldAllBe(g => g.GridId != null && g.GridName != null);
        var grid = (await wuyijie.GetJsonAsync("/api/grid/grids")).AsArray().First(g => g!["id"]!.GetValue<string>() == groups[0].GridId.ToString())!;
        groups[0].GridName.ShouldBe(grid.Str("name"));

        // The grid module's side reads the same link through the Party module's Contracts.
        using (var services = platform.Factory.Services.CreateScope())
        {
            var community = services.ServiceProvider.GetRequiredService<ICommunityDirectory>().FindByCode("wuyijie")!;
            services.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
            var served = await services.ServiceProvider.GetRequiredService<IGridPartyGroups>().GetAsync(default);
            served.Select(s => (s.GridId, s.Name, s.LeaderName)).ShouldBe(groups.Select(g => (g.GridId!.Value, g.Name, g.GroupLeaderName)));
        }

        // A community with both modules links a group to a grid it made.
        var code = (await platform.NewCommunityAsync("PartyOrganization", "GridManagement")).Str("code");
        var admin = await platform.AdminAsync(code);
        var ownGrid = await admin.PostOkAsync("/api/grid/grids", new { name = "测试一级网格", level = "community" });
        var group = await admin.PostOkAsync("/api/party/organizations", new { name = "第1网格党小组", kind = "group" });
        var linked = await (await admin.PutAsJsonAsync($"/api/party/organizations/{group.Id()}/grid", new { gridId = ownGrid.Id(), concurrencyStamp = group.Str("concurrencyStamp") }))
            .ReadJsonAsync<OrganizationUnitDto>();
        (linked.GridId.ToString(), linked.GridName).ShouldBe((ownGrid.Id(), "测试一级网格"));
        await (await admin.PutAsJsonAsync($"/api/party/organizations/{group.Id()}/grid", new { gridId = Guid.NewGuid(), concurrencyStamp = linked.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.GridNotFound");
        var branch = await admin.PostOkAsync("/api/party/organizations", new { name = "党支部", kind = "branch" });
        await (await admin.PutAsJsonAsync($"/api/party/organizations/{branch.Id()}/grid", new { gridId = ownGrid.Id(), concurrencyStamp = branch.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Party.GridOnlyForGroups");

        // Without the grid module the link is refused, and the unit page says why.
        var scene = await PartyScene.CreateAsync(platform);
        var lone = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第2网格党小组", kind = "group", parentId = scene.Branch.Id() });
        await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{lone.Id()}/grid", new { gridId = ownGrid.Id(), concurrencyStamp = lone.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Party.GridsUnavailable");
        (await scene.Admin.GetJsonAsync<OrganizationUnitDto>($"/api/party/organizations/{lone.Id()}")).GridName.ShouldBeNull();
    }

    [Fact]
    public async Task The_pledge_report_counts_the_pledges_made_in_its_period_by_default_the_last_twelve_months()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync("承诺人");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        foreach (var made in new[] { today.AddMonths(-18), today.AddMonths(-3) })
            await scene.Admin.PostOkAsync("/api/party/pledges", new { memberId = member.Id(), category = "passingOnExperience", content = "传帮带", madeOn = made, dueOn = made.AddMonths(2) });

        var lastYear = await scene.Admin.GetJsonAsync<PledgeReport>("/api/party/reports/pledges");
        (lastYear.Members.Of, lastYear.From, lastYear.To).ShouldBe((1, today.AddMonths(-12).AddDays(1), today));
        var twoYears = await scene.Admin.GetJsonAsync<PledgeReport>($"/api/party/reports/pledges?from={today.AddYears(-2):yyyy-MM-dd}");
        twoYears.Members.Of.ShouldBe(2);
        (await scene.Admin.GetJsonAsync<PledgeReport>($"/api/party/reports/pledges?from={today.AddMonths(-20):yyyy-MM-dd}&to={today.AddMonths(-6):yyyy-MM-dd}")).Members.Of.ShouldBe(1);
        await (await scene.Admin.GetAsync($"/api/party/reports/pledges?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.PeriodReversed");

        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        var page = await console.PageAsync($"/party/reports?from={today.AddYears(-2):yyyy-MM-dd}");
        page.ShouldContain($"id=\"from\" name=\"from\" type=\"date\" value=\"{today.AddYears(-2):yyyy-MM-dd}\"");
        page.ShouldContain("546 / 569 = 96.0%");
    }

    [Fact]
    public async Task A_committee_meeting_rolls_the_committee_and_a_members_meeting_every_member()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var members = new List<JsonNode>();
        for (var i = 0; i < 6; i++) members.Add(await scene.MemberAsync($"党员{i}"));
        var branch = await scene.Admin.GetJsonAsync<OrganizationUnitDto>($"/api/party/organizations/{scene.Branch.Id()}");
        await (await scene.Admin.PutAsJsonAsync($"/api/party/organizations/{branch.Id}/team", new
        {
            secretaryMemberId = members[0].Id(), committeeMemberIds = new[] { members[1].Id(), members[2].Id() }, concurrencyStamp = branch.ConcurrencyStamp,
        })).ReadJsonAsync<OrganizationUnitDto>();

        await (await scene.PostAsync("/api/party/meetings", new
        {
            kind = "branchCommittee", unitId = branch.Id, heldOn = "2026-01-05", topic = "支委会",
            attendance = members.Take(4).Select(m => new { memberId = m.Id(), present = true }),
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "Party.AttendeeNotOnCommittee");
        (await scene.Admin.PostOkAsync("/api/party/meetings", new
        {
            kind = "branchCommittee", unitId = branch.Id, heldOn = "2026-01-05", topic = "支委会",
            attendance = members.Take(3).Select(m => new { memberId = m.Id(), present = true }),
        }))["present"]!.GetValue<int>().ShouldBe(3);

        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        var first = (await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations")).First(u => u.Name == "新村社区第1党支部");
        var committee = await console.PageAsync($"/party/meetings/edit?unitId={first.Id}&kind=BranchCommittee");
        AttendanceRows().Matches(committee).Count.ShouldBe(5);
        foreach (var post in first.Team) committee.ShouldContain($"data-member=\"{post.Name}\"");
        AttendanceRows().Matches(await console.PageAsync($"/party/meetings/edit?unitId={first.Id}&kind=BranchMembers")).Count.ShouldBe(first.Members);
    }

    [Fact]
    public async Task Every_register_and_report_exports_a_workbook_of_its_figures_and_prints_and_no_party_link_is_a_404()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");
        var links = new Dictionary<string, string>();
        foreach (var page in new[] { "/party/members", "/party/pledges", "/party/meetings", "/party/dues", "/party/reports" })
            foreach (Match link in ExportLink().Matches(await console.PageAsync(page)))
                links[link.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(link.Groups[2].Value);
        links.Keys.Order().ShouldBe(["dues", "meetings", "members", "pledges", "report-in", "reports"]);

        async Task<List<IDictionary<string, object?>>> SheetAsync(string register, string? sheet = null)
        {
            var answer = await console.Client.GetAsync(links[register]);
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, register);
            answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            using var stream = new MemoryStream(await answer.Content.ReadAsByteArrayAsync());
            return MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        }

        (await SheetAsync("members")).Count.ShouldBe(205);
        var pledges = await SheetAsync("pledges");
        (pledges.Count, pledges.Count(r => (string?)r["状态"] == "已践诺")).ShouldBe((62 + 569, 62 + 546));
        (await SheetAsync("meetings")).Count.ShouldBe((await (await platform.SecretaryOfAsync("xincun")).GetJsonAsync("/api/party/meetings"))["total"]!.GetValue<int>());
        var dues = (await SheetAsync("dues", "汇总")).ShouldHaveSingleItem();
        Convert.ToInt32(dues["应缴人数"]).ShouldBe(205);
        (await SheetAsync("report-in", "报到名单")).ShouldNotBeEmpty();
        (await SheetAsync("reports", "党员分布")).ShouldContain(r => (string?)r["项目"] == "合计" && Convert.ToInt32(r["人数"]) == 205);

        // Each register prints as a page of its own, whole.
        var print = await console.PageAsync("/party/registers/members");
        Regex.Matches(print, "<tr>").Count.ShouldBe(206);

        // Every link a secretary meets on the Party pages answers.
        var seen = new HashSet<string>();
        var pages = new Queue<string>(["/party/organizations", "/party/members", "/party/meetings", "/party/pledges", "/party/reviews", "/party/care", "/party/joint-units", "/party/dues", "/party/reports"]);
        foreach (var p in pages) seen.Add(p);
        while (pages.TryDequeue(out var page) && seen.Count < 400)
        {
            var html = await console.Client.GetStringAsync(page);
            foreach (Match link in PartyLink().Matches(html))
            {
                var href = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (!seen.Add(href)) continue;
                var answer = await console.Client.GetAsync(href);
                ((int)answer.StatusCode).ShouldBeLessThan(400, href);
                // Lists of links (units, members, meetings) are followed one level down from the menu pages only.
                if (href.Split('?')[0].Count(c => c == '/') <= 2 && !href.Contains("handler=")) pages.Enqueue(href);
            }
        }
    }

    [Fact]
    public async Task Units_go_in_the_order_people_count_them()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var top = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "党总支", kind = "generalBranch" });
        foreach (var n in new[] { 10, 2, 1, 11 }) await scene.Admin.PostOkAsync("/api/party/organizations", new { name = $"第{n}党支部", kind = "branch", parentId = top.Id() });

        var names = (await scene.Admin.GetJsonAsync<List<OrganizationUnitDto>>("/api/party/organizations")).Where(u => u.Name.StartsWith('第')).Select(u => u.Name);
        names.ShouldBe(["第1党支部", "第2党支部", "第10党支部", "第11党支部"]);
    }

    [Fact]
    public async Task Refusals_of_the_party_rules_say_why_in_chinese_without_english_words()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync("规则党员");
        var group = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "党小组", kind = "group", parentId = scene.Branch.Id() });
        var refusals = new[]
        {
            await scene.Admin.PostAsJsonAsync("/api/party/organizations", new { name = "下面的党委", kind = "committee", parentId = scene.Branch.Id() }),
            await scene.Admin.PostAsJsonAsync("/api/party/meetings", new { kind = "group", unitId = scene.Branch.Id(), heldOn = "2026-01-05", topic = "小组会" }),
            await scene.Admin.PostAsJsonAsync("/api/party/meetings", new { kind = "branchMembers", unitId = group.Id(), heldOn = "2026-01-05", topic = "党员大会", attendance = new[] { new { memberId = member.Id(), present = true } } }),
            await scene.Admin.PostAsJsonAsync("/api/party/pledges", new { memberId = member.Id(), category = "workplaceExcellence", content = "岗位建功", madeOn = "2026-01-01", dueOn = "2026-03-01" }),
            await scene.Admin.PostAsJsonAsync($"/api/party/members/{member.Id()}/moves", new { kind = "movedUnit", on = "2026-01-01", concurrencyStamp = member.Str("concurrencyStamp") }),
            await scene.Admin.PostAsJsonAsync("/api/party/organizations", new { name = "楼宇党小组", kind = "group", parentId = scene.Branch.Id(), buildingIds = new[] { Guid.NewGuid() } }),
        };
        foreach (var refusal in refusals)
        {
            ((int)refusal.StatusCode).ShouldBeInRange(400, 422);
            var problem = await refusal.JsonAsync();
            var words = new[] { problem["title"], problem["detail"] }.Concat(problem["errors"]?.AsObject().SelectMany(e => e.Value!.AsArray()) ?? [])
                .Where(n => n is not null).Select(n => n!.GetValue<string>());
            foreach (var text in words) EnglishWord().IsMatch(text).ShouldBeFalse($"{problem["code"]}: {text}");
        }
    }

    [GeneratedRegex("<tr data-member=")]
    private static partial Regex AttendanceRows();

    [GeneratedRegex("data-export=\"([a-z-]+)\" href=\"([^\"]+)\"")]
    private static partial Regex ExportLink();

    [GeneratedRegex("href=\"(/party/[^\"]*)\"")]
    private static partial Regex PartyLink();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();
}
