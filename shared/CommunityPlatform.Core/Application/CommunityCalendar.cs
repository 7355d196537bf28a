namespace CommunityPlatform.Application;

/// <summary>
/// Dates as the communities live them: in China Standard Time, whatever the server's zone. "Today", months and
/// quarters of reports are reckoned here, not in UTC (at 07:00 Beijing time UTC is still yesterday).
/// </summary>
public static class CommunityCalendar
{
    public static readonly TimeZoneInfo Zone = Find();

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>
    /// An instant the platform stored in UTC, as China's clock showed it. A value read back from SQLite has no kind:
    /// it is UTC all the same.
    /// </summary>
    public static DateTime InChina(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>An instant for a page: China's clock, to the minute unless another format is asked for.</summary>
    public static string Show(DateTime utc, string format = "yyyy-MM-dd HH:mm") =>
        InChina(utc).ToString(format, System.Globalization.CultureInfo.InvariantCulture);

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
