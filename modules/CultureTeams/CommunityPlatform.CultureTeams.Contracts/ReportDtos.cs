using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams;

/// <summary>
/// Activities held in the period and their attendance (人次): by month, team, point and kind; distinct named
/// participants; trainings and trainees; publicity sessions and the information they gathered. A street or city
/// report ranks its communities.
/// </summary>
public sealed record ActivityReport(
    string Scope, int Communities, DateOnly From, DateOnly To, int Activities, int Attendances, int DistinctParticipants, int Trainings, int Trainees,
    int PublicitySessions, int InformationGathered, IReadOnlyList<MonthLine> ByMonth, IReadOnlyList<CountLine> ByKind, IReadOnlyList<ActivityLine> ByTeam,
    IReadOnlyList<ActivityLine> ByPoint, IReadOnlyList<ActivityLine> ByCommunity) : SummedReport;

public sealed record MonthLine(string Month, int Activities, int Attendances);

public sealed record ActivityLine(string Key, string Label, int Activities, int Attendances);

/// <summary>Volunteers, confirmed hours in the period, hours per volunteer, stars, share of Party members (when the Party module says).</summary>
public sealed record VolunteerReport(
    string Scope, int Communities, DateOnly From, DateOnly To, int Volunteers, decimal ConfirmedHours, decimal HoursPerVolunteer,
    IReadOnlyList<CountLine> ByStars, Rate PartyMembers, IReadOnlyList<CountLine> ByCommunity) : SummedReport;

/// <summary>Bookings of each venue in the period: approved or used, used, no-shows, and hours used.</summary>
public sealed record VenueUseReport(string Scope, int Communities, DateOnly From, DateOnly To, IReadOnlyList<VenueUseLine> Venues) : SummedReport;

public sealed record VenueUseLine(string Key, string Label, int Booked, int Used, int NoShows, decimal HoursUsed);
