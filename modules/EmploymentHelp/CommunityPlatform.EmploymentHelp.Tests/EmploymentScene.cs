using CommunityPlatform.Application;

namespace CommunityPlatform.EmploymentHelp.Tests;

/// <summary>A fresh community with the module on, its secretary, and a household of the registry to work on.</summary>
internal sealed record EmploymentScene(string Code, HttpClient Secretary, string HouseholdId, string[] Members)
{
    public static DateOnly Today => TimeProvider.System.Today();

    public static async Task<EmploymentScene> NewAsync(PlatformFixture platform, int members = 2)
    {
        var code = (await platform.NewCommunityAsync(EmploymentHelpModuleName.Value)).Str("code");
        var secretary = await platform.NewAccountAsync(code, "secretary");
        var building = await secretary.PostOkAsync("/api/residents/buildings", new { number = "1", units = 2, floors = 6 });
        var household = await secretary.PostOkAsync("/api/residents/households", new { buildingId = building.Id(), address = "测试路1号", dwelling = "1单元101" });
        var people = new List<string>();
        for (var i = 0; i < members; i++)
            people.Add((await secretary.PostOkAsync("/api/residents/people",
                new { name = i == 0 ? "张建国" : "张秀英", idNumber = TestIds.Next(new DateOnly(1975 + i, 3, 8), male: i == 0), householdId = household.Id() })).Id());
        return new EmploymentScene(code, secretary, household.Id(), [.. people]);
    }
}
