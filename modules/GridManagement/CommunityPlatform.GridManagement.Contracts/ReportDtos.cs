using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement;

/// <summary>
/// Events reported in the period: by state and kind; closed of reported; resolved on time of resolved; the average
/// hours from report to resolution; overdue still in progress and resolved late; satisfied (or basically) of rated.
/// </summary>
public sealed record EventReport(
    string Scope, int Communities, DateOnly From, DateOnly To, int Total, IReadOnlyList<CountLine> ByState, IReadOnlyList<CountLine> ByKind,
    Rate Closure, Rate OnTime, decimal AverageHandlingHours, int OverdueInProgress, int OverdueClosed, int Escalated, Rate Satisfaction) : SummedReport;

/// <summary>矛盾纠纷: found in the period, mediated (resolved), settled; the settled rate is of those mediated.</summary>
public sealed record DisputeReport(string Scope, int Communities, DateOnly From, DateOnly To, int Found, int Mediated, int Settled, Rate SettledRate) : SummedReport;

/// <summary>Patrol coverage over the period: building-days patrolled of building-days, per grid and overall.</summary>
public sealed record PatrolReport(string Scope, int Communities, DateOnly From, DateOnly To, int Rounds, int Findings, Rate Coverage, IReadOnlyList<RateLine> ByGrid) : SummedReport;

public sealed record RateLine(string Key, string Label, Rate Rate);

/// <summary>Visit diary entries per worker in the period.</summary>
public sealed record DiaryReport(string Scope, int Communities, DateOnly From, DateOnly To, int Total, IReadOnlyList<CountLine> ByWorker) : SummedReport;

/// <summary>
/// Escalations in the period, per level above the community: received (escalated to it in the period), answered
/// (instructed, sent back, concluded or escalated further), answered within the answer time, still waiting, and
/// waiting past the answer time (overdue).
/// </summary>
public sealed record EscalationReport(string Scope, int Communities, DateOnly From, DateOnly To, EscalationFigures Street, EscalationFigures City) : SummedReport;

public sealed record EscalationFigures(int Received, int Answered, int AnsweredOnTime, int Waiting, int Overdue, Rate OnTime);
