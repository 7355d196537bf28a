using CommunityPlatform.Application;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>
/// The module's figures for a period (default the last 12 months, China time) over a community, its street or the city.
/// <c>placements</c> counts people placed in the period; <c>visits</c> and <c>aidFen</c> the visits to needy households and
/// the aid given in it; <c>lowIncomeHouseholds</c>/<c>lowIncomePeople</c> the households on the 低保 register at the
/// period's end and their living residents; <c>loveCards</c> the 爱心卡 issued in the period. The placement rate is placed of placed plus job seekers still registered.
/// </summary>
public sealed record EmploymentSummary(
    string Scope, int Communities, DateOnly From, DateOnly To,
    int JobSeekersNew, int JobSeekersDeregistered, int JobSeekersRegistered,
    int DifficultyPersons, IReadOnlyList<CountLine> DifficultyByCategory,
    int ZeroEmploymentNew, int ZeroEmploymentCleared, int ZeroEmploymentOpen, int ZeroEmploymentOverdue,
    int Placements, Rate PlacementRate, int FollowUpsDue, int FollowUpsDone, Rate RetainedAtSixMonths,
    int Trainees, int Certified, int PostsHeld, int PostsEndingSoon,
    int LowIncomeHouseholds, int LowIncomePeople, int Visits, long AidFen, decimal AidYuan, int LoveCards) : SummedReport;
