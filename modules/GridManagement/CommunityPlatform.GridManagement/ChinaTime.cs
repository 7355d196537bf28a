using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement;

/// <summary>An instant (UTC) as the community reads it on a page, in China time whatever the server's zone.</summary>
public static class ChinaTime
{
    public static string Format(DateTime utc, string format) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), CommunityCalendar.Zone).ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}
