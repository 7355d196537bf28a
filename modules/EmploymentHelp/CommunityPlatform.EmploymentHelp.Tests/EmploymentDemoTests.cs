using CommunityPlatform.Application;

namespace CommunityPlatform.EmploymentHelp.Tests;

/// <summary>The reports' figures, from the demo records: xincun's placements, visits and aid; chonghua's and tachenglu's 低保.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EmploymentDemoTests(PlatformFixture platform)
{
    [Fact]
    public async Task Xincuns_last_two_years_show_sixty_placements_325_visits_and_fifty_thousand_yuan_of_aid()
    {
        var secretary = await platform.SecretaryOfAsync("xincun");
        var (from, to) = (EmploymentScene.Today.AddYears(-2).AddDays(1), EmploymentScene.Today);

        var summary = await secretary.GetJsonAsync<EmploymentSummary>($"/api/employment/reports/summary?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");

        summary.Placements.ShouldBeGreaterThanOrEqualTo(60);
        summary.Visits.ShouldBeGreaterThanOrEqualTo(325);
        summary.AidFen.ShouldBeGreaterThanOrEqualTo(5_000_000);
        summary.Trainees.ShouldBeGreaterThan(0);
        summary.LoveCards.ShouldBeGreaterThanOrEqualTo(1000);
        (await secretary.GetJsonAsync<Paged<TrainingClassDto>>("/api/employment/training-classes")).Total.ShouldBe(6);
    }

    [Theory]
    [InlineData("chonghua", 19, 54)]
    [InlineData("tachenglu", 234, 511)]
    public async Task The_low_income_register_and_the_registrys_tags_agree_with_the_report(string code, int households, int people)
    {
        var secretary = await platform.SecretaryOfAsync(code);

        var summary = await secretary.GetJsonAsync<EmploymentSummary>("/api/employment/reports/summary");
        var register = await secretary.GetJsonAsync<Paged<LowIncomeHouseholdDto>>("/api/employment/low-income?pageSize=100");
        var taggedHouseholds = (await secretary.GetJsonAsync("/api/residents/households?tag=lowIncome&pageSize=1"))["total"]!.GetValue<int>();
        var taggedPeople = (await secretary.GetJsonAsync("/api/residents/people?tag=lowIncome&status=living&pageSize=1"))["total"]!.GetValue<int>();

        (summary.LowIncomeHouseholds, summary.LowIncomePeople).ShouldBe((households, people));
        register.Total.ShouldBe(households);
        (taggedHouseholds, taggedPeople).ShouldBe((households, people));
    }

    [Fact]
    public async Task Tachenglu_has_its_seven_public_benefit_and_nine_trainee_posts_and_wuyijie_no_open_zero_employment_household()
    {
        var posts = await (await platform.SecretaryOfAsync("tachenglu")).GetJsonAsync<Paged<PostDto>>("/api/employment/posts?pageSize=100");
        posts.Items.Count(p => p.Kind == PostKind.PublicBenefit).ShouldBe(7);
        posts.Items.Count(p => p.Kind == PostKind.Trainee).ShouldBe(9);

        var wuyijie = await (await platform.SecretaryOfAsync("wuyijie")).GetJsonAsync<EmploymentSummary>("/api/employment/reports/summary");
        wuyijie.ZeroEmploymentOpen.ShouldBe(0);
        wuyijie.ZeroEmploymentCleared.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Every_ledger_and_the_figures_export_to_Excel_and_each_export_is_audited()
    {
        var secretary = await platform.SecretaryOfAsync("tachenglu");
        string[] ledgers = ["low-income", "visits", "job-seekers", "placements", "difficulty", "posts", "zero-employment", "training-classes"];

        foreach (var ledger in ledgers)
        {
            var answer = await secretary.GetAsync($"/api/employment/{ledger}/ledger.xlsx");
            answer.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, ledger);
            answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ledger);
            (await answer.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(1000, ledger);
        }

        (await secretary.GetAsync("/api/employment/reports/summary.xlsx")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await secretary.GetJsonAsync("/api/platform/audit?subject=EmploymentHelp&pageSize=100"))["total"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(ledgers.Length);
    }

    [Fact]
    public async Task A_street_account_reads_the_counts_of_its_communities_but_no_names()
    {
        var street = await platform.SignInAsync("renminlu-supervisor", community: "chonghua");

        var summary = await street.GetJsonAsync<EmploymentSummary>("/api/employment/reports/summary?scope=street");

        summary.Communities.ShouldBeGreaterThanOrEqualTo(2);
        summary.LowIncomeHouseholds.ShouldBeGreaterThanOrEqualTo(19);
        await (await street.GetAsync("/api/employment/low-income")).ShouldBeProblemAsync(System.Net.HttpStatusCode.Forbidden, "Permission.Denied");
        await (await street.GetAsync("/api/employment/job-seekers")).ShouldBeProblemAsync(System.Net.HttpStatusCode.Forbidden, "Permission.Denied");
    }
}
