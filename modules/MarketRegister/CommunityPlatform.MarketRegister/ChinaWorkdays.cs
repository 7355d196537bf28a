namespace CommunityPlatform.MarketRegister;

/// <summary>
/// Working days as China keeps them: Monday to Friday, less the statutory holidays, plus the weekend days worked in
/// exchange (调休). No NuGet package this project can reach knows China's calendar (PublicHoliday has no China), and
/// the 调休 days are announced by the State Council each year, so they are written down here.
/// Source: 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）and 关于2026年部分节假日安排的通知
/// （国办发明电〔2025〕7号）. A year not listed counts weekends only: add its notice when it is published (usually November).
/// </summary>
public static class ChinaWorkdays
{
    private static readonly HashSet<DateOnly> Holidays =
    [
        .. Days(2025, 1, 1, 1), .. Days(2025, 1, 28, 8), .. Days(2025, 4, 4, 3), .. Days(2025, 5, 1, 5), .. Days(2025, 5, 31, 3), .. Days(2025, 10, 1, 8),
        .. Days(2026, 1, 1, 3), .. Days(2026, 2, 15, 9), .. Days(2026, 4, 4, 3), .. Days(2026, 5, 1, 5), .. Days(2026, 6, 19, 3), .. Days(2026, 9, 25, 3),
        .. Days(2026, 10, 1, 7),
    ];

    private static readonly HashSet<DateOnly> MakeUpDays =
    [
        new(2025, 1, 26), new(2025, 2, 8), new(2025, 4, 27), new(2025, 9, 28), new(2025, 10, 11),
        new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10),
    ];

    public static bool IsWorkingDay(DateOnly day) =>
        MakeUpDays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(day));

    /// <summary>The <paramref name="count"/>th working day after <paramref name="from"/> (which itself does not count).</summary>
    public static DateOnly Add(DateOnly from, int count)
    {
        var day = from;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) left--;
        }

        return day;
    }

    private static IEnumerable<DateOnly> Days(int year, int month, int day, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, month, day).AddDays(i));
}
