using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PartyMemberTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_resident_is_registered_once_with_names_read_from_the_registry()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var resident = await scene.ResidentAsync("李秀英");
        var body = new { residentId = resident.Id(), unitId = scene.Branch.Id(), joinedOn = "1985-03-01", status = "full", fullSince = "1986-03-01", category = "retired", monthlyIncomeFen = 300_000 };

        var member = await scene.Admin.PostOkAsync("/api/party/members", body);

        member.Str("name").ShouldBe("李秀英");
        member.Str("managementMode").ShouldBe("direct");
        member.Str("duesClass").ShouldBe("pension");
        member["monthlyDuesFen"]!.GetValue<long>().ShouldBe(1_500);
        await (await scene.PostAsync("/api/party/members", body)).ShouldBeProblemAsync((HttpStatusCode)422, "Party.MemberExists");
        (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members")).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Bad_membership_facts_are_refused_with_their_rule()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var resident = await scene.ResidentAsync();

        await (await scene.PostAsync("/api/party/members", new { residentId = resident.Id(), unitId = scene.Branch.Id(), joinedOn = "2000-01-01", status = "full", category = "retired" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.FullSinceRequired");
        await (await scene.PostAsync("/api/party/members", new { residentId = resident.Id(), unitId = scene.Branch.Id(), joinedOn = "2000-01-01", status = "full", fullSince = "1999-01-01", category = "retired" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.FullBeforeJoining");
        await (await scene.PostAsync("/api/party/members", new { residentId = resident.Id(), unitId = scene.Branch.Id(), joinedOn = "2999-01-01", status = "probationary", category = "retired" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.DateInFuture");
        var invalid = await (await scene.PostAsync("/api/party/members", new { unitId = scene.Branch.Id(), category = "astronaut" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        invalid["errors"]!.AsObject().ShouldNotBeEmpty();
        var stranger = await (await scene.PostAsync("/api/party/members", new { residentId = Guid.NewGuid(), unitId = scene.Branch.Id(), joinedOn = "2000-01-01", status = "probationary", category = "retired" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.ResidentNotFound");
        stranger["errors"]!["residentId"].ShouldNotBeNull();

        (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_transfer_to_a_unit_of_another_community_is_refused()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var other = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();

        var move = await scene.PostAsync($"/api/party/members/{member.Id()}/moves",
            new { kind = "movedUnit", on = "2024-01-01", unitId = other.Branch.Id(), concurrencyStamp = member.Str("concurrencyStamp") });

        await move.ShouldBeProblemAsync((HttpStatusCode)422, "Party.UnitNotInCommunity");
        (await scene.Admin.GetJsonAsync($"/api/party/members/{member.Id()}")).Str("unitId").ShouldBe(scene.Branch.Id());
    }

    [Fact]
    public async Task Members_move_flow_out_come_back_and_leave_with_their_history()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var second = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第二党支部", kind = "branch" });
        var member = await scene.MemberAsync();

        member = await Move(member, new { kind = "movedUnit", on = "2020-05-01", unitId = second.Id() });
        member.Str("unitId").ShouldBe(second.Id());
        member = await Move(member, new { kind = "flowedOut", on = "2021-05-01", place = "深圳" });
        member.Str("state").ShouldBe("flowedOut");
        await (await scene.PostAsync($"/api/party/members/{member.Id()}/moves", new { kind = "flowedOut", on = "2021-06-01", place = "广州", concurrencyStamp = member.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.MoveNotAllowed");
        member = await Move(member, new { kind = "flowedBack", on = "2022-05-01" });
        member = await Move(member, new { kind = "transferredOut", on = "2023-05-01", place = "市直机关工委" });
        member.Str("state").ShouldBe("left");

        var history = (await scene.Admin.GetJsonAsync($"/api/party/members/{member.Id()}/moves")).AsArray().Select(m => m!.Str("kind")).ToList();
        history.ShouldBe(["registered", "movedUnit", "flowedOut", "flowedBack", "transferredOut"]);
        (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members")).Total.ShouldBe(0);
        (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members?state=left")).Total.ShouldBe(1);

        async Task<System.Text.Json.Nodes.JsonNode> Move(System.Text.Json.Nodes.JsonNode current, object move)
        {
            var body = System.Text.Json.JsonSerializer.SerializeToNode(move)!.AsObject();
            body["concurrencyStamp"] = current.Str("concurrencyStamp");
            return await scene.Admin.PostOkAsync($"/api/party/members/{current.Id()}/moves", body, HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Only_in_service_members_held_by_their_employer_report_in()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var retired = await scene.MemberAsync("退休党员");
        var employed = await scene.MemberAsync("在职党员", category: "inService", relationHeld: "employer");
        employed.Str("managementMode").ShouldBe("dual");

        await (await scene.PostAsync($"/api/party/members/{retired.Id()}/report-in", new { on = "2024-03-01", serviceChoice = "楼道卫生", concurrencyStamp = retired.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.ReportInNotNeeded");
        var reported = await scene.Admin.PostOkAsync($"/api/party/members/{employed.Id()}/report-in",
            new { on = "2024-03-01", serviceChoice = "义务家教", concurrencyStamp = employed.Str("concurrencyStamp") }, HttpStatusCode.OK);

        reported.Str("reportedInOn").ShouldBe("2024-03-01");
        var rate = (await scene.Admin.GetJsonAsync<ReportInReport>("/api/party/reports/report-in")).ReportedIn;
        (rate.Count, rate.Of, rate.Percent).ShouldBe((1, 1, 100.0m));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_first_edit_stays()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        object Edit(bool plaque) => new
        {
            residentId = member.Str("residentId"), unitId = scene.Branch.Id(), joinedOn = "1990-07-01", status = "full", fullSince = "1991-07-01",
            category = "retired", householdPlaque = plaque, concurrencyStamp = member.Str("concurrencyStamp"),
        };

        (await scene.Admin.PutAsJsonAsync($"/api/party/members/{member.Id()}", Edit(true))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await scene.Admin.PutAsJsonAsync($"/api/party/members/{member.Id()}", Edit(false))).ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");

        (await scene.Admin.GetJsonAsync($"/api/party/members/{member.Id()}"))["householdPlaque"]!.GetValue<bool>().ShouldBeTrue();
        (await scene.Admin.GetJsonAsync("/api/party/members/plaques")).AsArray().Single()!["members"]!.AsArray().Single()!.GetValue<string>().ShouldBe("王建国");
    }

    [Fact]
    public async Task Another_communitys_member_is_not_found_and_cannot_be_touched()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        var chonghua = await platform.SecretaryOfAsync("chonghua");

        await (await chonghua.GetAsync($"/api/party/members/{member.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Party.MemberNotFound");
        await (await chonghua.DeleteAsync($"/api/party/members/{member.Id()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Party.MemberNotFound");
        await (await chonghua.PostAsJsonAsync("/api/party/pledges", new { memberId = member.Id(), category = "communityService", content = "打扫楼道", madeOn = "2024-01-01", dueOn = "2024-06-01" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.MemberNotFound");
        (await chonghua.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members?pageSize=100")).Items.ShouldNotContain(m => m.Id.ToString() == member.Id());
        (await scene.Admin.GetJsonAsync($"/api/party/members/{member.Id()}")).Str("name").ShouldBe("王建国");
    }

    [Fact]
    public async Task The_register_needs_an_account_and_the_permission()
    {
        (await platform.Anonymous().GetAsync("/api/party/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var scene = await PartyScene.CreateAsync(platform);
        var registryStaff = await platform.NewAccountAsync(scene.Code, "residents-staff");
        await (await registryStaff.GetAsync("/api/party/members")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        var gridWorker = await platform.NewAccountAsync(scene.Code, "grid-worker");
        await (await gridWorker.GetAsync("/api/party/members")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Permission.Denied");
        var staff = await platform.NewAccountAsync(scene.Code, "party-staff");
        (await staff.GetAsync("/api/party/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Switching_the_module_off_hides_the_register_and_keeps_it()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();

        (await scene.Admin.DeleteAsync($"/api/platform/communities/{scene.Code}/modules/PartyOrganization")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await scene.Admin.GetAsync("/api/party/members")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        await (await scene.Admin.GetAsync("/api/party/reports/members")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "Module.Disabled");
        (await scene.Admin.PutAsync($"/api/platform/communities/{scene.Code}/modules/PartyOrganization", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>("/api/party/members")).Items.Single().Id.ToString().ShouldBe(member.Id());
    }

    [Fact]
    public async Task A_transfer_in_keeps_its_date_and_a_member_who_left_is_not_moved_by_an_edit()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var second = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第二党支部", kind = "branch" });
        var resident = await scene.ResidentAsync("转入党员");
        var member = await scene.Admin.PostOkAsync("/api/party/members", new
        {
            residentId = resident.Id(), unitId = scene.Branch.Id(), joinedOn = "1999-07-01", status = "full", fullSince = "2000-07-01", category = "inService",
            transferredFrom = "市直机关工委", transferredOn = "2024-04-01",
        });
        var history = (await scene.Admin.GetJsonAsync($"/api/party/members/{member.Id()}/moves")).AsArray().Single()!;
        (history.Str("kind"), history.Str("on"), history.Str("place")).ShouldBe(("transferredIn", "2024-04-01", "市直机关工委"));

        var left = await scene.Admin.PostOkAsync($"/api/party/members/{member.Id()}/moves",
            new { kind = "transferredOut", on = "2025-01-01", place = "外地", concurrencyStamp = member.Str("concurrencyStamp") }, HttpStatusCode.OK);
        var edit = new
        {
            residentId = resident.Id(), unitId = second.Id(), joinedOn = "1999-07-01", status = "full", fullSince = "2000-07-01", category = "inService",
            concurrencyStamp = left.Str("concurrencyStamp"),
        };
        await (await scene.Admin.PutAsJsonAsync($"/api/party/members/{member.Id()}", edit)).ShouldBeProblemAsync((HttpStatusCode)422, "Party.MoveNotAllowed");
    }

    [Fact]
    public async Task A_units_lists_take_in_the_units_below_it_and_no_other()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var group = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第一党小组", kind = "group", parentId = scene.Branch.Id() });
        var other = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第二党支部", kind = "branch" });
        var inBranch = await scene.MemberAsync("李支部");
        var inGroup = await scene.MemberAsync("张小组", unitId: group.Id());
        await scene.MemberAsync("赵别支", unitId: other.Id());
        await scene.Admin.PostOkAsync("/api/party/pledges", new { memberId = inGroup.Id(), category = "neighbourlyHelp", content = "看望老人", madeOn = "2025-01-10", dueOn = "2025-06-30" });

        async Task<string[]> MemberIds(string unitId) =>
            (await scene.Admin.GetJsonAsync<Paged<PartyMemberDto>>($"/api/party/members?unitId={unitId}")).Items.Select(m => m.Id.ToString()).Order().ToArray();

        (await MemberIds(scene.Branch.Id())).ShouldBe(new[] { inBranch.Id(), inGroup.Id() }.Order().ToArray());
        (await MemberIds(group.Id())).ShouldBe([inGroup.Id()]);
        (await scene.Admin.GetJsonAsync<Paged<PledgeDto>>($"/api/party/pledges?unitId={scene.Branch.Id()}")).Items.Count.ShouldBe(1);
        (await scene.Admin.GetJsonAsync<Paged<PledgeDto>>($"/api/party/pledges?unitId={other.Id()}")).Items.ShouldBeEmpty();
    }
}
