using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization.Tests;

[Collection(PlatformCollection.Name)]
public sealed class PartyActivityTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_meeting_takes_attendance_of_its_units_members_only()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var group = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第一党小组", kind = "group", parentId = scene.Branch.Id() });
        var inGroup = await scene.MemberAsync("组内党员", unitId: group.Id());
        var inBranch = await scene.MemberAsync("支部党员");
        var otherBranch = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第二党支部", kind = "branch" });
        var stranger = await scene.MemberAsync("外支部党员", unitId: otherBranch.Id());

        var meeting = await scene.Admin.PostOkAsync("/api/party/meetings", new
        {
            kind = "branchMembers", unitId = scene.Branch.Id(), heldOn = "2025-03-15", topic = "学习党章", minutes = "全体党员参加",
            attendance = new object[] { new { memberId = inGroup.Id(), present = true }, new { memberId = inBranch.Id(), present = false, absenceReason = "病假" } },
        });
        (meeting["present"]!.GetValue<int>(), meeting["absent"]!.GetValue<int>()).ShouldBe((1, 1));
        meeting["attendance"]!.AsArray().Select(a => a!.Str("name")).ShouldBe(["组内党员", "支部党员"], ignoreOrder: true);

        await (await scene.PostAsync("/api/party/meetings", new { kind = "branchMembers", unitId = scene.Branch.Id(), heldOn = "2025-03-15", topic = "学习党章", attendance = new[] { new { memberId = stranger.Id(), present = true } } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.AttendeeNotInUnit");
        await (await scene.PostAsync("/api/party/meetings", new { kind = "branchMembers", unitId = scene.Branch.Id(), heldOn = "2025-03-15", topic = "学习党章", attendance = new[] { new { memberId = inBranch.Id(), present = false } } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.AbsenceReasonRequired");
        await (await scene.PostAsync("/api/party/meetings", new { kind = "group", unitId = scene.Branch.Id(), heldOn = "2025-03-15", topic = "小组学习" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.MeetingKindNotForUnit");
        (await scene.Admin.GetJsonAsync<Paged<MeetingDto>>("/api/party/meetings")).Total.ShouldBe(1);
    }

    [Fact]
    public async Task Three_meetings_and_a_lecture_complete_a_branchs_quarter()
    {
        var scene = await PartyScene.CreateAsync(platform);
        async Task Hold(string kind, string on) =>
            await scene.Admin.PostOkAsync("/api/party/meetings", new { kind, unitId = scene.Branch.Id(), heldOn = on, topic = "例会" });
        await Hold("branchMembers", "2025-04-10");
        foreach (var month in new[] { "04", "05", "06" }) await Hold("branchCommittee", $"2025-{month}-05");

        var before = await scene.Admin.GetJsonAsync<MeetingReport>("/api/party/reports/meetings?year=2025&quarter=2");
        before.Branches.Single().Complete.ShouldBeFalse();
        await Hold("lecture", "2025-06-20");
        var after = await scene.Admin.GetJsonAsync<MeetingReport>("/api/party/reports/meetings?year=2025&quarter=2");

        after.Completion.Percent.ShouldBe(100.0m);
        after.Branches.Single().BranchCommittee.ShouldBe(3);
    }

    [Fact]
    public async Task A_pledge_is_kept_after_it_was_made_and_the_rates_follow()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        var pledge = await scene.Admin.PostOkAsync("/api/party/pledges", new { memberId = member.Id(), category = "neighbourlyHelp", content = "每周看望独居老人", madeOn = "2025-01-10", dueOn = "2025-06-30" });
        await scene.Admin.PostOkAsync("/api/party/pledges", new { unitId = scene.Branch.Id(), category = "serviceProject", content = "修缮路灯", madeOn = "2025-01-10", dueOn = "2025-03-30" });

        await (await scene.PostAsync($"/api/party/pledges/{pledge.Id()}/fulfilment", new { on = "2024-12-01", concurrencyStamp = pledge.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.FulfilledBeforeMade");
        await (await scene.PostAsync("/api/party/pledges", new { memberId = member.Id(), category = "workplaceExcellence", content = "岗位建功", madeOn = "2025-01-10", dueOn = "2025-06-30" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.PledgeCategoryNotForMember");
        await (await scene.PostAsync("/api/party/pledges", new { memberId = member.Id(), unitId = scene.Branch.Id(), category = "communityService", content = "两个主人", madeOn = "2025-01-10", dueOn = "2025-06-30" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Party.PledgeOwner");

        var kept = await scene.Admin.PostOkAsync($"/api/party/pledges/{pledge.Id()}/fulfilment",
            new { on = "2025-05-01", evidence = "走访记录12次", assessment = "excellent", concurrencyStamp = pledge.Str("concurrencyStamp") }, HttpStatusCode.OK);
        kept.Str("state").ShouldBe("fulfilled");
        await (await scene.PostAsync($"/api/party/pledges/{pledge.Id()}/fulfilment", new { on = "2025-05-02", concurrencyStamp = kept.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.PledgeClosed");

        // The pledges were made on 2025-01-10: the report's default twelve months may not reach back so far.
        var report = await scene.Admin.GetJsonAsync<PledgeReport>("/api/party/reports/pledges?from=2025-01-01");
        report.Members.Percent.ShouldBe(100.0m);
        report.Organizations.Percent.ShouldBe(0.0m);
        (report.Overall.Count, report.Overall.Of, report.Overall.Percent).ShouldBe((1, 2, 50.0m));
        report.ByCategory.Single().Key.ShouldBe("Retired");
    }

    [Fact]
    public async Task Dues_follow_the_national_rule_and_a_month_is_paid_once()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        member["monthlyDuesFen"]!.GetValue<long>().ShouldBe(2_000);

        await (await scene.PostAsync("/api/party/dues/payments", new { memberId = member.Id(), month = "2025-03", amountFen = 1_000, paidOn = "2025-03-05" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.DuesBelowRule");
        await (await scene.PostAsync("/api/party/dues/payments", new { memberId = member.Id(), month = "1980-03", paidOn = "2025-03-05" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.DuesBeforeJoining");
        await (await scene.PostAsync("/api/party/dues/payments", new { memberId = member.Id(), month = "2025-13", paidOn = "2025-03-05" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");

        var before = await scene.Admin.GetJsonAsync<DuesMonthDto>("/api/party/dues/month?month=2025-03");
        before.Unpaid.Single().AmountFen.ShouldBe(2_000);
        var paid = await scene.Admin.PostOkAsync("/api/party/dues/payments", new { memberId = member.Id(), month = "2025-03", paidOn = "2025-03-05", paidBy = "女儿代缴" });
        paid["amountFen"]!.GetValue<long>().ShouldBe(2_000);
        await (await scene.PostAsync("/api/party/dues/payments", new { memberId = member.Id(), month = "2025-03", paidOn = "2025-03-06" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.DuesAlreadyPaid");

        var month = await scene.Admin.GetJsonAsync<DuesMonthDto>("/api/party/dues/month?month=2025-03");
        (month.Paid, month.Due, month.Rate).ShouldBe((1, 1, 100.0m));
        month.Unpaid.ShouldBeEmpty();
        (await scene.Admin.GetJsonAsync<DuesReport>("/api/party/reports/dues?month=2025-03")).Paid.Percent.ShouldBe(100.0m);
        (await scene.Admin.GetJsonAsync("/api/party/dues/rule?dues=income&incomeFen=800000"))["monthlyFen"]!.GetValue<long>().ShouldBe(12_000);
    }

    [Fact]
    public async Task An_excellent_member_award_needs_an_excellent_review_that_year()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        var round = await scene.Admin.PostOkAsync("/api/party/reviews", new { year = 2025, title = "2025年度党员评议" });
        await (await scene.PostAsync("/api/party/reviews", new { year = 2025, title = "重复" })).ShouldBeProblemAsync((HttpStatusCode)422, "Party.ReviewRoundExists");
        (await scene.Admin.PutAsJsonAsync($"/api/party/reviews/{round.Id()}/results", new { memberId = member.Id(), result = "qualified" })).EnsureSuccessStatusCode();

        await (await scene.PostAsync("/api/party/awards", new { year = 2025, kind = "excellentMember", name = "优秀党员", memberId = member.Id() }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.AwardNeedsExcellent");
        (await scene.Admin.PutAsJsonAsync($"/api/party/reviews/{round.Id()}/results", new { memberId = member.Id(), result = "excellent" })).EnsureSuccessStatusCode();
        await scene.Admin.PostOkAsync("/api/party/awards", new { year = 2025, kind = "excellentMember", name = "优秀党员", memberId = member.Id() });
        await (await scene.PostAsync("/api/party/awards", new { year = 2025, kind = "learningGroup", name = "学习型党小组", unitId = scene.Branch.Id() }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.AwardSubject");

        (await scene.Admin.GetJsonAsync($"/api/party/reviews/{round.Id()}/results")).AsArray().Single()!.Str("result").ShouldBe("excellent");
        (await scene.Admin.GetJsonAsync("/api/party/awards?year=2025")).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_wish_is_claimed_by_one_member_then_fulfilled_and_pairings_keep_their_visits()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var member = await scene.MemberAsync();
        var elder = await scene.ResidentAsync("孤寡老人");

        var wish = await scene.Admin.PostOkAsync("/api/party/wishes", new { residentId = elder.Id(), wish = "一台收音机", postedOn = "2025-02-01" });
        await (await scene.PostAsync($"/api/party/wishes/{wish.Id()}/fulfilment", new { on = "2025-02-03", concurrencyStamp = wish.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.WishNotClaimed");
        var claimed = await scene.Admin.PostOkAsync($"/api/party/wishes/{wish.Id()}/claim", new { memberId = member.Id(), on = "2025-02-02", concurrencyStamp = wish.Str("concurrencyStamp") }, HttpStatusCode.OK);
        await (await scene.PostAsync($"/api/party/wishes/{wish.Id()}/claim", new { memberId = member.Id(), on = "2025-02-02", concurrencyStamp = claimed.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.WishNotOpen");
        var fulfilled = await scene.Admin.PostOkAsync($"/api/party/wishes/{wish.Id()}/fulfilment", new { on = "2025-02-10", note = "已送达", concurrencyStamp = claimed.Str("concurrencyStamp") }, HttpStatusCode.OK);
        (fulfilled.Str("state"), fulfilled.Str("memberName"), fulfilled.Str("residentName")).ShouldBe(("fulfilled", "王建国", "孤寡老人"));

        await (await scene.PostAsync("/api/party/pairings", new { memberId = member.Id(), residentId = member.Str("residentId"), need = "自己帮自己", startedOn = "2025-01-01" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.PairedWithSelf");
        var pairing = await scene.Admin.PostOkAsync("/api/party/pairings", new { memberId = member.Id(), residentId = elder.Id(), need = "日常照料", startedOn = "2025-01-01" });
        await (await scene.PostAsync($"/api/party/pairings/{pairing.Id()}/visits", new { visitedOn = "2024-12-01", note = "走访" })).ShouldBeProblemAsync((HttpStatusCode)422, "Party.VisitBeforePairing");
        var visited = await scene.Admin.PostOkAsync($"/api/party/pairings/{pairing.Id()}/visits", new { visitedOn = "2025-01-15", note = "送米送油" }, HttpStatusCode.OK);
        visited["visits"]!.AsArray().Single()!.Str("note").ShouldBe("送米送油");

        var errand = await scene.Admin.PostOkAsync("/api/party/errands", new { residentId = elder.Id(), memberId = member.Id(), matter = "代办老年优待证", acceptedOn = "2025-03-01" });
        await scene.Admin.PostOkAsync($"/api/party/errands/{errand.Id()}/done", new { on = "2025-03-03", outcome = "已办结", concurrencyStamp = errand.Str("concurrencyStamp") }, HttpStatusCode.OK);
        (await scene.Admin.GetJsonAsync("/api/party/errands?done=true")).AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_joint_unit_keeps_its_agreement_and_activities()
    {
        var scene = await PartyScene.CreateAsync(platform);
        await (await scene.PostAsync("/api/party/joint-units", new { name = "区人民医院", agreementSignedOn = "2025-01-01", agreementUntil = "2024-01-01" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.AgreementEndsBeforeSigned");
        var unit = await scene.Admin.PostOkAsync("/api/party/joint-units", new { name = "区人民医院", resources = "义诊", agreementSignedOn = "2025-01-01", agreementUntil = "2027-12-31" });

        var withActivity = await scene.Admin.PostOkAsync($"/api/party/joint-units/{unit.Id()}/activities", new { heldOn = "2025-05-01", title = "义诊进社区", participants = 80 }, HttpStatusCode.OK);

        withActivity["activities"]!.AsArray().Single()!["participants"]!.GetValue<int>().ShouldBe(80);
    }

    [Fact]
    public async Task A_building_belongs_to_one_building_group_and_has_one_liaison()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var building = await scene.Admin.PostOkAsync("/api/residents/buildings", new { number = "19" });
        var group = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第一楼宇党小组", kind = "group", parentId = scene.Branch.Id(), buildingIds = new[] { building.Id() } });
        await (await scene.PostAsync("/api/party/organizations", new { name = "第二楼宇党小组", kind = "group", parentId = scene.Branch.Id(), buildingIds = new[] { building.Id() } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.BuildingInOtherGroup");
        await (await scene.PostAsync("/api/party/organizations", new { name = "第二党支部", kind = "branch", buildingIds = new[] { building.Id() } }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.BuildingsOnlyForGroups");

        var member = await scene.MemberAsync(unitId: group.Id());
        (await scene.Admin.PutAsJsonAsync($"/api/party/liaisons/{building.Id()}", new { memberId = member.Id() })).EnsureSuccessStatusCode();

        var liaison = (await scene.Admin.GetJsonAsync("/api/party/liaisons")).AsArray().Single()!;
        (liaison.Str("name"), liaison.Str("groupId")).ShouldBe(("王建国", group.Id()));
    }

    [Fact]
    public async Task An_organisations_pledge_moves_to_another_unit_and_dates_to_come_are_refused()
    {
        var scene = await PartyScene.CreateAsync(platform);
        var second = await scene.Admin.PostOkAsync("/api/party/organizations", new { name = "第二党支部", kind = "branch" });
        var pledge = await scene.Admin.PostOkAsync("/api/party/pledges", new { unitId = scene.Branch.Id(), category = "serviceProject", content = "修缮路灯", madeOn = "2025-01-10", dueOn = "2025-03-30" });

        var moved = await scene.Admin.PutAsJsonAsync($"/api/party/pledges/{pledge.Id()}",
            new { unitId = second.Id(), category = "serviceProject", content = "修缮路灯", madeOn = "2025-01-10", dueOn = "2025-03-30", concurrencyStamp = pledge.Str("concurrencyStamp") });
        (await moved.JsonAsync()).Str("unitId").ShouldBe(second.Id());

        var member = await scene.MemberAsync();
        var elder = await scene.ResidentAsync("困难居民");
        var wish = await scene.Admin.PostOkAsync("/api/party/wishes", new { residentId = elder.Id(), wish = "一把轮椅", postedOn = "2025-02-01" });
        await (await scene.PostAsync($"/api/party/wishes/{wish.Id()}/claim", new { memberId = member.Id(), on = "2999-01-01", concurrencyStamp = wish.Str("concurrencyStamp") }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.DateInFuture");
        await (await scene.PostAsync("/api/party/pairings", new { memberId = member.Id(), residentId = elder.Id(), need = "照料", startedOn = "2999-01-01" }))
            .ShouldBeProblemAsync((HttpStatusCode)422, "Party.DateInFuture");
        var month = await (await scene.Admin.GetAsync("/api/party/dues/month?month=9999-12")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        month["errors"]!["month"].ShouldNotBeNull();
    }
}
