using CommunityPlatform.Application;
using CommunityPlatform.Errors;

namespace CommunityPlatform.Data.Reports;

/// <summary>
/// A report's period from its query: <c>to</c> defaults to today, <c>from</c> to the last 12 months (or what the module
/// says); refusals in the reader's language under the module's code. One rule for every module's reports, so a date no
/// calendar holds (year 1, 9999) is refused everywhere rather than overflowing into a 500 where a copy forgot the check.
/// </summary>
public static class ReportPeriod
{
    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2100, 12, 31);

    /// <param name="maxYears">The longest period a report sums; null for none (a whole record).</param>
    /// <param name="defaultFrom">The start when <c>from</c> is not given, from the end; null for the last 12 months.</param>
    public static (DateOnly From, DateOnly To) Of(
        DateOnly? from, DateOnly? to, DateOnly today, int? maxYears = 5, ErrorCode? error = null, Func<DateOnly, DateOnly>? defaultFrom = null)
    {
        var code = error ?? PlatformErrors.InvalidRequest;
        InCalendar(from, "from", code);
        InCalendar(to, "to", code);
        var end = to ?? today;
        var start = from ?? (defaultFrom is null ? end.AddMonths(-12).AddDays(1) : defaultFrom(end));
        if (start > end)
            throw new InvalidInputException(code, "from", Language.T("统计期间的开始日期晚于结束日期。", "The period starts after it ends."));
        if (maxYears is { } years && end.DayNumber - start.DayNumber > years * 366)
            throw new InvalidInputException(code, "from", Language.T($"统计期间最长{years}年。", $"A period is at most {years} year(s)."));
        return (start, end);
    }

    private static void InCalendar(DateOnly? day, string field, ErrorCode code)
    {
        if (day is { } d && (d < Earliest || d > Latest))
            throw new InvalidInputException(code, field, Language.T("日期须在2000年至2100年之间。", "Give a day between 2000 and 2100."));
    }
}
