using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization;

/// <summary>Members of the scope by category and by unit (units by name, summed across communities for a street or city).</summary>
public sealed record MemberReport(string Scope, int Communities, int Total, IReadOnlyList<CountLine> ByCategory, IReadOnlyList<CountLine> ByUnit) : SummedReport;

/// <summary>
/// Pledges made in the period <c>from</c>–<c>to</c> (by the day made; default the last 12 months) and how many of them
/// were kept; <c>from</c> is null when the whole record was counted.
/// </summary>
public sealed record PledgeReport(
    string Scope, int Communities, Rate Overall, Rate Organizations, Rate Members, IReadOnlyList<RateLine> ByCategory, IReadOnlyList<RateLine> ByUnit,
    DateOnly? From, DateOnly To) : SummedReport;

public sealed record RateLine(string Key, string Label, Rate Rate);

/// <summary>三会一课 per branch in a quarter: each of the four kinds counts as held when at least once.</summary>
public sealed record MeetingReport(string Scope, int Communities, int Year, int Quarter, Rate Completion, IReadOnlyList<BranchMeetings> Branches) : SummedReport;

public sealed record BranchMeetings(string Unit, int BranchMembers, int BranchCommittee, int Group, int Lecture, bool Complete);

public sealed record ReportInReport(string Scope, int Communities, Rate ReportedIn) : SummedReport;

public sealed record DuesReport(string Scope, int Communities, string Month, Rate Paid, long DueFen, long PaidFen) : SummedReport;
