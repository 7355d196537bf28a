using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Application;

namespace CommunityPlatform.EmploymentHelp.Tests;

/// <summary>The case files end to end: 低保 in step with the registry, placements and their follow-ups, the zero-employment clock.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EmploymentCaseTests(PlatformFixture platform)
{
    [Fact]
    public async Task Enrolling_a_household_on_low_income_tags_it_in_the_registry_and_ending_it_clears_the_tags()
    {
        var scene = await EmploymentScene.NewAsync(platform, members: 3);
        var s = scene.Secretary;

        var entry = (await s.PostOkAsync("/api/employment/low-income", new { householdId = scene.HouseholdId, monthlyAmountFen = 156_000, approvedOn = EmploymentScene.Today.AddDays(-400), approvedBy = "人民路街道办事处" })).As<LowIncomeHouseholdDto>();

        entry.People.ShouldBe(3);
        entry.ReviewOverdue.ShouldBeTrue();
        (await s.GetJsonAsync($"/api/residents/households/{scene.HouseholdId}"))["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldContain("lowIncome");
        (await s.GetJsonAsync("/api/residents/people?tag=lowIncome"))["total"]!.GetValue<int>().ShouldBe(3);
        var summary = await s.GetJsonAsync<EmploymentSummary>("/api/employment/reports/summary");
        (summary.LowIncomeHouseholds, summary.LowIncomePeople).ShouldBe((1, 3));

        var reviewed = (await (await s.PostAsJsonAsync($"/api/employment/low-income/{entry.Id}/review", new { reviewedOn = EmploymentScene.Today, concurrencyStamp = entry.ConcurrencyStamp })).ReadJsonAsync<LowIncomeHouseholdDto>());
        reviewed.ReviewDue.ShouldBe(EmploymentScene.Today.AddYears(1));
        await (await s.PostAsJsonAsync($"/api/employment/low-income/{entry.Id}/end", new { endedOn = EmploymentScene.Today, reason = "收入超标", concurrencyStamp = entry.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");
        (await s.PostAsJsonAsync($"/api/employment/low-income/{entry.Id}/end", new { endedOn = EmploymentScene.Today, reason = "收入超标", concurrencyStamp = reviewed.ConcurrencyStamp })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await s.GetJsonAsync("/api/residents/people?tag=lowIncome"))["total"]!.GetValue<int>().ShouldBe(0);
        (await s.GetJsonAsync<Paged<LowIncomeHouseholdDto>>("/api/employment/low-income")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_follow_up_falls_due_a_month_after_a_placement()
    {
        var scene = await EmploymentScene.NewAsync(platform);
        var s = scene.Secretary;
        var seeker = (await s.PostOkAsync("/api/employment/job-seekers", new { residentId = scene.Members[0], registeredOn = EmploymentScene.Today.AddMonths(-3), skills = "电工", phone = "13912345678" })).As<JobSeekerDto>();
        var started = EmploymentScene.Today.AddMonths(-1);

        var placement = (await s.PostOkAsync("/api/employment/placements", new { residentId = scene.Members[0], kind = "employed", employer = "华联超市", startedOn = started })).As<PlacementDto>();

        placement.FollowUps.Select(f => (f.Month, f.DueOn)).ShouldBe([(1, started.AddMonths(1)), (3, started.AddMonths(3)), (6, started.AddMonths(6))]);
        var due = await s.GetJsonAsync<Paged<DueFollowUpDto>>("/api/employment/placements/follow-ups/due");
        due.Items.ShouldHaveSingleItem().Month.ShouldBe(1);
        due.Items[0].DueOn.ShouldBe(started.AddMonths(1));
        (await s.GetJsonAsync<JobSeekerDto>($"/api/employment/job-seekers/{seeker.Id}")).DeregistrationReason.ShouldBe(DeregistrationReason.Placed);

        await s.PostAsJsonAsync($"/api/employment/placements/{placement.Id}/follow-ups", new { month = 1, doneOn = EmploymentScene.Today, stillEmployed = true, concurrencyStamp = placement.ConcurrencyStamp });
        (await s.GetJsonAsync<Paged<DueFollowUpDto>>("/api/employment/placements/follow-ups/due")).Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_zero_employment_household_past_the_citys_clock_shows_as_overdue_and_clearing_it_takes_a_member_in_work()
    {
        var scene = await EmploymentScene.NewAsync(platform);
        var s = scene.Secretary;
        var settings = await s.GetJsonAsync<EmploymentSettingsDto>("/api/employment/settings");
        settings.ZeroEmploymentClockDays.ShouldBe(30);

        var late = (await s.PostOkAsync("/api/employment/zero-employment", new { householdId = scene.HouseholdId, source = "registryScan", recognisedOn = EmploymentScene.Today.AddDays(-31) })).As<ZeroEmploymentDto>();

        late.DueOn.ShouldBe(EmploymentScene.Today.AddDays(-1));
        late.Overdue.ShouldBeTrue();
        (await s.GetJsonAsync<Paged<ZeroEmploymentDto>>("/api/employment/zero-employment?overdueOnly=true")).Items.ShouldHaveSingleItem().Id.ShouldBe(late.Id);
        (await s.GetJsonAsync<EmploymentSummary>("/api/employment/reports/summary")).ZeroEmploymentOverdue.ShouldBe(1);

        await (await s.PostAsJsonAsync($"/api/employment/zero-employment/{late.Id}/clear", new { on = EmploymentScene.Today, concurrencyStamp = late.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Employment.EmployedMemberRequired");
        var cleared = await (await s.PostAsJsonAsync($"/api/employment/zero-employment/{late.Id}/clear", new { on = EmploymentScene.Today, employedResidentId = scene.Members[1], concurrencyStamp = late.ConcurrencyStamp })).ReadJsonAsync<ZeroEmploymentDto>();
        cleared.State.ShouldBe(ZeroEmploymentState.Cleared);
        var after = await s.GetJsonAsync<EmploymentSummary>("/api/employment/reports/summary");
        (after.ZeroEmploymentOpen, after.ZeroEmploymentOverdue, after.ZeroEmploymentCleared).ShouldBe((0, 0, 1));
    }

    [Fact]
    public async Task Placing_a_member_in_stable_work_clears_the_household_and_ends_the_difficulty_recognition()
    {
        var scene = await EmploymentScene.NewAsync(platform);
        var s = scene.Secretary;
        var household = (await s.PostOkAsync("/api/employment/zero-employment", new { householdId = scene.HouseholdId, recognisedOn = EmploymentScene.Today.AddDays(-10) })).As<ZeroEmploymentDto>();
        var applied = (await s.PostOkAsync("/api/employment/difficulty", new { residentId = scene.Members[0], category = "零就业家庭成员", appliedOn = EmploymentScene.Today.AddDays(-9) })).As<DifficultyCaseDto>();
        var street = await (await s.PostAsJsonAsync($"/api/employment/difficulty/{applied.Id}/decision", new { passed = true, on = EmploymentScene.Today.AddDays(-8), concurrencyStamp = applied.ConcurrencyStamp })).ReadJsonAsync<DifficultyCaseDto>();
        await s.PostAsJsonAsync($"/api/employment/difficulty/{applied.Id}/decision", new { passed = true, on = EmploymentScene.Today.AddDays(-5), concurrencyStamp = street.ConcurrencyStamp });

        await s.PostOkAsync("/api/employment/placements", new { residentId = scene.Members[0], kind = "publicBenefitPost", employer = "社区", job = "保洁", startedOn = EmploymentScene.Today });

        var cleared = await s.GetJsonAsync<ZeroEmploymentDto>($"/api/employment/zero-employment/{household.Id}");
        (cleared.State, cleared.EmployedResidentId).ShouldBe((ZeroEmploymentState.Cleared, (Guid?)Guid.Parse(scene.Members[0])));
        var revoked = await s.GetJsonAsync<DifficultyCaseDto>($"/api/employment/difficulty/{applied.Id}");
        revoked.State.ShouldBe(DifficultyState.Revoked);
        revoked.Steps[^1].Reason.ShouldBe("已就业");
    }

    [Fact]
    public async Task Difficulty_recognition_goes_through_the_street_and_the_district_and_each_step_says_who_and_why()
    {
        var scene = await EmploymentScene.NewAsync(platform);
        var s = scene.Secretary;
        var applied = (await s.PostOkAsync("/api/employment/difficulty", new { residentId = scene.Members[0], category = "低保家庭成员", appliedOn = EmploymentScene.Today.AddDays(-20) })).As<DifficultyCaseDto>();
        await (await s.PostAsJsonAsync("/api/employment/difficulty", new { residentId = scene.Members[1], category = "外星人", appliedOn = EmploymentScene.Today }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Employment.CategoryUnknown");

        var street = await (await s.PostAsJsonAsync($"/api/employment/difficulty/{applied.Id}/decision", new { passed = true, on = EmploymentScene.Today.AddDays(-10), body = "街道劳动保障所", concurrencyStamp = applied.ConcurrencyStamp })).ReadJsonAsync<DifficultyCaseDto>();
        var district = await (await s.PostAsJsonAsync($"/api/employment/difficulty/{applied.Id}/decision", new { passed = true, on = EmploymentScene.Today, body = "区人社局", concurrencyStamp = street.ConcurrencyStamp })).ReadJsonAsync<DifficultyCaseDto>();

        district.State.ShouldBe(DifficultyState.Valid);
        district.Steps.Select(x => x.Action).ShouldBe([DifficultyAction.Applied, DifficultyAction.StreetPassed, DifficultyAction.DistrictPassed]);
        district.Steps[2].Body.ShouldBe("区人社局");
        district.Steps[2].By.ShouldNotBeNull();
        (await s.GetJsonAsync<EmploymentSummary>("/api/employment/reports/summary")).DifficultyPersons.ShouldBe(1);
    }

    [Fact]
    public async Task Bad_input_is_a_field_error_and_the_referral_card_shows_name_skills_and_phone_only()
    {
        var scene = await EmploymentScene.NewAsync(platform);
        var s = scene.Secretary;
        var problem = await (await s.PostAsJsonAsync("/api/employment/visits", new { on = EmploymentScene.Today, visitors = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Request.Invalid");
        problem["errors"]!["visitors"].ShouldNotBeNull();
        await (await s.PostAsJsonAsync("/api/employment/low-income", new { householdId = Guid.NewGuid(), monthlyAmountFen = 100, approvedOn = EmploymentScene.Today }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Employment.HouseholdNotFound");

        var seeker = (await s.PostOkAsync("/api/employment/job-seekers", new { residentId = scene.Members[1], registeredOn = EmploymentScene.Today, skills = "育婴", phone = "13800001111", reason = "企业裁员" })).As<JobSeekerDto>();
        var opening = (await s.PostOkAsync("/api/employment/openings", new { employer = "家政服务中心", title = "育婴员", postedOn = EmploymentScene.Today })).As<OpeningDto>();
        var referral = (await s.PostOkAsync($"/api/employment/openings/{opening.Id}/referrals", new { jobSeekerId = seeker.Id, referredOn = EmploymentScene.Today })).As<ReferralDto>();

        var card = await s.GetJsonAsync($"/api/employment/openings/referrals/{referral.Id}/card");
        card.AsObject().Select(p => p.Key).ShouldBe(["name", "skills", "phone"], ignoreOrder: true);
        card.Str("phone").ShouldBe("13800001111");
    }

    [Fact]
    public async Task The_page_shows_the_figures_and_the_dashboard_has_the_card()
    {
        var console = await ConsoleSession.SignInAsync(platform.Factory, "xincun-secretary");

        var page = await console.PageAsync("/employment");

        page.ShouldContain("data-fact=\"placements\"");
        page.ShouldContain("/employment/ledgers/low-income");
        (await console.PageAsync("/")).ShouldContain("data-fact=\"employment-placements\"");
    }
}
