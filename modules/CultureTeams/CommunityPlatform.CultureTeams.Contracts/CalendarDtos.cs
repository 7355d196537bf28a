namespace CommunityPlatform.CultureTeams;

/// <summary>
/// The community's public calendar (anyone, no account): the coming activities, the venues, the teams and the
/// neighbourhood points — places and times only, never a person's name, phone or home address.
/// </summary>
public sealed record CalendarDto(string Community, string CommunityName, IReadOnlyList<CalendarActivity> Activities, IReadOnlyList<CalendarVenue> Venues,
    IReadOnlyList<CalendarTeam> Teams, IReadOnlyList<CalendarPoint> Points);

/// <param name="CheckInCode">The public token of the activity's QR check-in (not its id); null once attendance is closed.</param>
public sealed record CalendarActivity(string Title, ActivityKind Kind, DateTime StartsAt, DateTime EndsAt, string? Place, string? CheckInCode);

public sealed record CalendarVenue(string Name, VenueKind Kind, int Capacity, TimeOnly Opens, TimeOnly Closes);

public sealed record CalendarTeam(string Name, TeamKind Kind, string Category, string Schedule, string? Place);

public sealed record CalendarPoint(string Name, string Theme, string Place);

/// <summary>A resident checks in at an activity by its QR code: name and phone, matched against the registry or kept as a guest.</summary>
public sealed class CheckInRequest
{
    [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.StringLength(30, MinimumLength = 1)] public string? Name { get; init; }
    [System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.Phone, System.ComponentModel.DataAnnotations.StringLength(24, MinimumLength = 5)] public string? Phone { get; init; }
}

public sealed record CheckInDto(string Activity, bool Matched);
