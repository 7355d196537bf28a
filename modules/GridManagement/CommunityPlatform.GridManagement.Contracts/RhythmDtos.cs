using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement;

/// <summary>What one grid did in a period: the lines of the weekly report and of the quarterly analysis.</summary>
public sealed record GridPeriodLine(
    Guid GridId, string Code, string Name, int Patrols, Rate Coverage, int EventsReported, int EventsClosed, int OverdueInProgress, int Visits);

/// <summary>一周一报: the week (Monday to Sunday, China time) from the records.</summary>
public sealed record WeeklyReport(DateOnly From, DateOnly To, int Patrols, int Findings, int EventsReported, int EventsClosed, int Disputes, int Visits,
    IReadOnlyList<GridPeriodLine> Grids);

/// <summary>一季一析: the quarter against the one before, by kind, with the matters reported most often.</summary>
public sealed record QuarterlyAnalysis(int Year, int Quarter, DateOnly From, DateOnly To, int EventsReported, int PreviousQuarter,
    IReadOnlyList<KindTrend> ByKind, IReadOnlyList<CountLine> FrequentMatters, Rate Closure, Rate OnTime, DisputeSummary Disputes, IReadOnlyList<GridPeriodLine> Grids);

public sealed record KindTrend(string Key, string Label, int Count, int Previous);

public sealed record DisputeSummary(int Found, int Mediated, int Settled);

/// <summary>一年一评: each grid's and each worker's score from the year's records, with the parts it is made of.</summary>
public sealed record YearlyEvaluation(int Year, EvaluationWeightsDto Weights, IReadOnlyList<EvaluationLine> Grids, IReadOnlyList<EvaluationLine> Workers);

public sealed record EvaluationLine(string Key, string Label, Rate Closure, Rate OnTime, Rate Coverage, Rate Satisfaction, decimal Score);

/// <summary>How the yearly score weighs its parts, in percent (sum 100); by default 40/30/20/10.</summary>
public sealed record EvaluationWeightsDto(int Closure, int OnTime, int Coverage, int Satisfaction, string? ConcurrencyStamp);

public sealed class EvaluationWeightsRequest
{
    [Range(0, 100)] public int Closure { get; init; }
    [Range(0, 100)] public int OnTime { get; init; }
    [Range(0, 100)] public int Coverage { get; init; }
    [Range(0, 100)] public int Satisfaction { get; init; }

    /// <summary>Required once weights were saved.</summary>
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>一月一会: the monthly joint meeting; each decision may become an event (source meeting) of a grid.</summary>
public sealed record JointMeetingDto(Guid Id, DateOnly HeldOn, string Topic, string? Attendees, string Minutes, IReadOnlyList<DecisionDto> Decisions);

public sealed record DecisionDto(string Text, Guid? GridId, Guid? EventId);

public sealed class JointMeetingRequest
{
    [Required] public DateOnly? HeldOn { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Topic { get; init; }
    [StringLength(500)] public string? Attendees { get; init; }
    [Required, StringLength(4000, MinimumLength = 2)] public string? Minutes { get; init; }
    [MaxLength(30)] public IReadOnlyList<DecisionRequest>? Decisions { get; init; }
}

public sealed class DecisionRequest
{
    [Required, StringLength(200, MinimumLength = 2)] public string? Text { get; init; }

    /// <summary>With a grid, the decision becomes an event of that grid.</summary>
    public Guid? GridId { get; init; }
    public EventKind Kind { get; init; } = EventKind.Other;
}
