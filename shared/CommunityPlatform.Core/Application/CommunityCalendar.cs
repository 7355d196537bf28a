namespace CommunityPlatform.Application;

/// <summary>
/// Dates as the communities live them: in China Standard Time, whatever the server's zone. "Today", months and
/// quarters of reports are reckoned here, not in UTC (at 07:00 Beijing time UTC is still yesterday).
/// </summary>
public static class CommunityCalendar
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // A container without tzdata: China has kept UTC+8 without daylight saving since 1991.
            return TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
