using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>One follow-up of a placement, due the given months after its start.</summary>
public sealed record FollowUpDto(int Month, DateOnly DueOn, DateOnly? DoneOn, bool? StillEmployed, string? Note, bool Overdue);

/// <summary>A placement (就业): who, how, where, from when, and its follow-ups (+1, +3, +6 months by default).</summary>
public sealed record PlacementDto(
    Guid Id, Guid ResidentId, string? Name, PlacementKind Kind, string Employer, string? Job, DateOnly StartedOn,
    IReadOnlyList<FollowUpDto> FollowUps, string ConcurrencyStamp);

public sealed class PlacementRequest
{
    [Required] public Guid? ResidentId { get; init; }
    [Required] public PlacementKind? Kind { get; init; }
    [Required, StringLength(100, MinimumLength = 1)] public string? Employer { get; init; }
    [StringLength(100)] public string? Job { get; init; }
    [Required] public DateOnly? StartedOn { get; init; }
}

public sealed class FollowUpRequest
{
    /// <summary>Which follow-up: its month after the start (1, 3, 6 …).</summary>
    [Required, Range(1, 120)] public int? Month { get; init; }
    [Required] public DateOnly? DoneOn { get; init; }
    [Required] public bool? StillEmployed { get; init; }
    [StringLength(500)] public string? Note { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>A follow-up that is due (on or before the day asked) and not done; overdue once its day has passed.</summary>
public sealed record DueFollowUpDto(Guid PlacementId, Guid ResidentId, string? Name, string Employer, int Month, DateOnly DueOn, bool Overdue);

public sealed class DueFollowUpQuery : Application.PageQuery
{
    /// <summary>Due on or before this day; defaults to today.</summary>
    public DateOnly? By { get; init; }
    public bool OverdueOnly { get; init; }
}
