using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

/// <summary>
/// The market's headline figures for a community, its street or the city over a period (default the last 12 months):
/// stalls now (and let, by zone), shares held by residents and by low-income or difficulty households, street-front
/// shops, complaints received in the period and closed (with the average hours to close), sent to the grid, re-weighs and
/// how many were out of tolerance; rent and fees billed for the period's months, collected, and arrears past due now;
/// leases ending within 30 and 60 days; inspection findings open and overdue; certificates expired or expiring within 30 days.
/// </summary>
public sealed record MarketSummary(
    string Scope, int Communities, DateOnly From, DateOnly To, int Markets, int Stalls, int LetStalls, Rate Occupancy, IReadOnlyList<ZoneLine> ByZone,
    Rate HeldByResidents, Rate HeldByPriorityHouseholds, int Shops, int Complaints, int ComplaintsClosed, Rate Closure, decimal AverageHoursToClose,
    int ComplaintsSentToGrid, IReadOnlyList<CountLine> ComplaintsByKind, int Reweighs, int ReweighsOutOfTolerance, long BilledFen, long CollectedFen,
    long ArrearsFen, int LeasesEndingIn30Days, int LeasesEndingIn60Days, int OpenDefects, int OverdueDefects, int ExpiringCertificates, int Cards) : SummedReport;

/// <summary>A zone's stalls and how many are let.</summary>
public sealed record ZoneLine(string Zone, int Stalls, int Let);
