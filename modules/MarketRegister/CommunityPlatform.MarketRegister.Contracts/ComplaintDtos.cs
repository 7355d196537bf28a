using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

public enum ComplaintKind
{
    /// <summary>缺斤短两</summary>
    ShortWeight,
    Price,
    Quality,
    Hygiene,
    Attitude,

    /// <summary>占道经营: the street outside, usually the grid's.</summary>
    BlockingRoad,
    Other,
}

/// <summary>By the complaint phone, at the supervision desk (监督台), or on site.</summary>
public enum ComplaintChannel
{
    Phone,
    Desk,
    OnSite,
}

/// <summary>received → re-weighed (where it applies) → handled → answered → closed; or sent to the grid, closed when the grid closes it.</summary>
public enum ComplaintState
{
    Received,
    Reweighed,
    Handled,
    Answered,
    Closed,
    SentToGrid,
}

public enum ComplaintAction
{
    Reweigh,
    Handle,
    Answer,
    Close,
    SendToGrid,
}

/// <summary>What the market did: a refund, a warning, a card against the vendor, or nothing the vendor was at fault for.</summary>
public enum ComplaintHandling
{
    Refund,
    Warning,
    Card,
    NoFault,
}

public enum ComplaintSatisfaction
{
    Satisfied,
    Basic,
    Dissatisfied,
}

public sealed record ComplaintStepDto(ComplaintAction? Action, ComplaintState State, string? By, DateTime At, string? Note);

/// <summary>A complaint as the market's staff see it, complainant included.</summary>
public sealed record ComplaintDto(
    Guid Id, Guid MarketId, Guid? StallId, string? StallNumber, Guid? VendorId, ComplaintKind Kind, ComplaintChannel Channel, string ComplainantName,
    string? ComplainantPhone, string Description, DateTime ReceivedAt, ComplaintState State, int? DeviationGrams, ComplaintHandling? Handling,
    bool Upheld, string? Answer, ComplaintSatisfaction? Satisfaction, DateTime? ClosedAt, Guid? GridRequestId, string? GridOutcome,
    IReadOnlyList<ComplaintStepDto> Steps, string ConcurrencyStamp);

/// <summary>The copy handed to the vendor: what and when, and what was decided — never who complained.</summary>
public sealed record VendorComplaintCopyDto(Guid Id, string? StallNumber, ComplaintKind Kind, string Description, DateTime ReceivedAt, ComplaintState State, ComplaintHandling? Handling, string? Answer);

public sealed class ComplaintRequest
{
    [Required] public Guid? MarketId { get; init; }
    public Guid? StallId { get; init; }
    [Required] public ComplaintKind? Kind { get; init; }
    [Required] public ComplaintChannel? Channel { get; init; }
    [Required, StringLength(50, MinimumLength = 1)] public string? ComplainantName { get; init; }
    [RegularExpression("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")] public string? ComplainantPhone { get; init; }
    [Required, StringLength(1000, MinimumLength = 2)] public string? Description { get; init; }

    /// <summary>For what concerns the street outside: the building it is at (Residents), so the grid finds its grid.</summary>
    public Guid? BuildingId { get; init; }

    /// <summary>Defaults to now; not in the future.</summary>
    public DateTime? ReceivedAt { get; init; }
}

public sealed class ComplaintStepRequest
{
    [Required] public ComplaintAction? Action { get; init; }
    [StringLength(1000)] public string? Note { get; init; }

    /// <summary>Reweigh: what the vendor said it weighed and what the fair scale measured, in grams.</summary>
    [Range(1, 1_000_000)] public int? StatedGrams { get; init; }
    [Range(0, 1_000_000)] public int? MeasuredGrams { get; init; }

    /// <summary>Handle: what was done; <c>upheld</c> when the vendor was at fault.</summary>
    public ComplaintHandling? Handling { get; init; }

    /// <summary>Close: the complainant's satisfaction.</summary>
    public ComplaintSatisfaction? Satisfaction { get; init; }

    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class ComplaintQuery : PageQuery
{
    public ComplaintState? State { get; init; }
    public ComplaintKind? Kind { get; init; }
    public Guid? StallId { get; init; }
}
