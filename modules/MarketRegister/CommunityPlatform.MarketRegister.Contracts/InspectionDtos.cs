using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

/// <summary>Daily rounds, food safety, metrology (the scales) and fire.</summary>
public enum InspectionKind
{
    Daily,
    FoodSafety,
    Metrology,
    Fire,
}

/// <summary>open (with a deadline) → rectified → rechecked; a failed recheck opens it again.</summary>
public enum FindingState
{
    Open,
    Rectified,
    Closed,
}

public enum FindingAction
{
    Rectify,
    Recheck,
}

public sealed record FindingDto(int Number, string Text, Guid? StallId, DateOnly Deadline, FindingState State, DateOnly? RectifiedOn, DateOnly? RecheckedOn, bool Overdue);

public sealed record InspectionDto(Guid Id, Guid MarketId, InspectionKind Kind, DateOnly On, string Inspector, string? Note, IReadOnlyList<FindingDto> Findings, string ConcurrencyStamp);

public sealed class InspectionFindingRequest
{
    [Required, StringLength(300, MinimumLength = 2)] public string? Text { get; init; }
    public Guid? StallId { get; init; }
    [Required] public DateOnly? Deadline { get; init; }
}

public sealed class InspectionRequest
{
    [Required] public Guid? MarketId { get; init; }
    [Required] public InspectionKind? Kind { get; init; }
    public DateOnly? On { get; init; }
    [Required, StringLength(50, MinimumLength = 1)] public string? Inspector { get; init; }
    [StringLength(1000)] public string? Note { get; init; }
    [MaxLength(50)] public List<InspectionFindingRequest>? Findings { get; init; }
}

public sealed class FindingStepRequest
{
    [Required] public FindingAction? Action { get; init; }
    public DateOnly? On { get; init; }

    /// <summary>Recheck: whether the rectification holds.</summary>
    public bool? Passed { get; init; }

    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class InspectionQuery : PageQuery
{
    public InspectionKind? Kind { get; init; }

    /// <summary>Only inspections with findings still open or awaiting recheck.</summary>
    public bool? OpenFindings { get; init; }
}
