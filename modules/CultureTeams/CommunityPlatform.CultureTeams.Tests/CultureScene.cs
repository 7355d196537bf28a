using System.Text.Json.Nodes;

namespace CommunityPlatform.CultureTeams.Tests;

/// <summary>A fresh community with the module on, its secretary, and helpers for residents and times in China time.</summary>
internal sealed class CultureScene(PlatformFixture platform, string code, HttpClient secretary)
{
    public PlatformFixture Platform { get; } = platform;
    public string Code { get; } = code;
    public HttpClient Secretary { get; } = secretary;

    public static async Task<CultureScene> CreateAsync(PlatformFixture platform, params string[] modules)
    {
        var code = (await platform.NewCommunityAsync(modules.Length == 0 ? [CultureTeamsModuleName.Value] : modules)).Str("code");
        return new CultureScene(platform, code, await platform.NewAccountAsync(code, "secretary"));
    }

    public async Task<string> ResidentAsync(string name = "张桂英", bool male = false) =>
        (await Secretary.PostOkAsync("/api/residents/people", new { name, idNumber = TestIds.Next(new DateOnly(1956, 3, 2), male) })).Id();

    public Task<JsonNode> VenueAsync(string name = "社区活动中心") =>
        Secretary.PostOkAsync("/api/culture/venues", new { name, kind = "activityCentre", capacity = 80, opens = "08:00", closes = "21:00" });

    /// <summary>An instant on a day from today, at a China-time hour.</summary>
    public static DateTime At(int days, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(ChinaToday().AddDays(days).ToDateTime(new TimeOnly(hour, minute)), DateTimeKind.Unspecified), Application.CommunityCalendar.Zone);

    public static DateOnly ChinaToday() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Application.CommunityCalendar.Zone).DateTime);
}
