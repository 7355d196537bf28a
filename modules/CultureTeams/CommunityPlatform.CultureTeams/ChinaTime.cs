using System.Globalization;
using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams;

/// <summary>Instants are stored in UTC; open hours, service days and the calendar are read in China time.</summary>
public static class ChinaTime
{
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), CommunityCalendar.Zone);

    public static DateTime Utc(DateOnly day, TimeOnly time) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time), CommunityCalendar.Zone);

    public static DateTime StartOf(DateOnly day) => Utc(day, TimeOnly.MinValue);

    public static string Format(DateTime utc, string format) => Local(utc).ToString(format, CultureInfo.InvariantCulture);
}
