using System.Net;
using System.Net.Http.Json;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.EmploymentHelp.Tests;

/// <summary>What other modules read (IEmploymentStatus), and the city's rules as settings.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EmploymentStatusTests(PlatformFixture platform)
{
    [Fact]
    public async Task Another_module_learns_who_is_in_an_open_zero_employment_household_a_difficulty_person_or_a_job_seeker()
    {
        var scene = await EmploymentScene.NewAsync(platform, members: 2);
        var s = scene.Secretary;
        var outsider = (await s.PostOkAsync("/api/residents/people", new { name = "李四" })).Id();
        await s.PostOkAsync("/api/employment/zero-employment", new { householdId = scene.HouseholdId, recognisedOn = EmploymentScene.Today });
        await s.PostOkAsync("/api/employment/job-seekers", new { residentId = outsider, registeredOn = EmploymentScene.Today });
        var applied = (await s.PostOkAsync("/api/employment/difficulty", new { residentId = scene.Members[1], category = "残疾人", appliedOn = EmploymentScene.Today })).As<DifficultyCaseDto>();
        var passed = await (await s.PostAsJsonAsync($"/api/employment/difficulty/{applied.Id}/decision", new { passed = true, on = EmploymentScene.Today, concurrencyStamp = applied.ConcurrencyStamp })).ReadJsonAsync<DifficultyCaseDto>();
        await s.PostAsJsonAsync($"/api/employment/difficulty/{applied.Id}/decision", new { passed = true, on = EmploymentScene.Today, concurrencyStamp = passed.ConcurrencyStamp });

        var community = platform.Factory.Services.GetRequiredService<ICommunityDirectory>().FindByCode(scene.Code)!;
        await using var scope = platform.Factory.Services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope(community);
        var standing = (await scope.ServiceProvider.GetRequiredService<IEmploymentStatus>()
            .OfAsync([Guid.Parse(scene.Members[0]), Guid.Parse(scene.Members[1]), Guid.Parse(outsider)], CancellationToken.None)).ToDictionary(x => x.ResidentId);

        standing[Guid.Parse(scene.Members[0])].ShouldBe(new EmploymentStanding(Guid.Parse(scene.Members[0]), true, false, false));
        standing[Guid.Parse(scene.Members[1])].ShouldBe(new EmploymentStanding(Guid.Parse(scene.Members[1]), true, true, false));
        standing[Guid.Parse(outsider)].ShouldBe(new EmploymentStanding(Guid.Parse(outsider), false, false, true));
    }

    [Fact]
    public async Task The_follow_up_months_and_the_clock_are_the_citys_settings()
    {
        var scene = await EmploymentScene.NewAsync(platform);
        var s = scene.Secretary;
        var defaults = await s.GetJsonAsync<EmploymentSettingsDto>("/api/employment/settings");
        defaults.FollowUpMonths.ShouldBe([1, 3, 6]);

        var changed = await (await s.PutAsJsonAsync("/api/employment/settings", new
        {
            followUpMonths = new[] { 2, 12 }, zeroEmploymentClockDays = 15, postTermMonths = 24, postEndAlertDays = 60,
            difficultyCategories = defaults.DifficultyCategories, concurrencyStamp = defaults.ConcurrencyStamp,
        })).ReadJsonAsync<EmploymentSettingsDto>();
        await (await s.PutAsJsonAsync("/api/employment/settings", new { followUpMonths = new[] { 1 }, difficultyCategories = new[] { "残疾人" }, concurrencyStamp = defaults.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Concurrency.Stale");

        changed.ZeroEmploymentClockDays.ShouldBe(15);
        var placement = (await s.PostOkAsync("/api/employment/placements", new { residentId = scene.Members[0], kind = "publicBenefitPost", employer = "社区", startedOn = EmploymentScene.Today })).As<PlacementDto>();
        placement.FollowUps.Select(f => f.Month).ShouldBe([2, 12]);
        await (await s.PostAsJsonAsync("/api/employment/posts", new { title = "保洁", startsOn = EmploymentScene.Today, endsOn = EmploymentScene.Today.AddMonths(30) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Employment.PostTermTooLong");
        var post = (await s.PostOkAsync("/api/employment/posts", new { title = "保洁", holderResidentId = scene.Members[1], startsOn = EmploymentScene.Today.AddMonths(-23), endsOn = EmploymentScene.Today.AddDays(30), monthlySubsidyFen = 210_000 })).As<PostDto>();
        post.EndingSoon.ShouldBeTrue();
    }
}
