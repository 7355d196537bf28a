using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

/// <summary>open (taking applications) → ranked → notice (公示, at least five working days, objections) → let; an upheld objection takes it back to ranked.</summary>
public enum RoundState
{
    Open,
    Ranked,
    Notice,
    Let,
}

public enum ApplicationOutcome
{
    Pending,
    Won,
    Waiting,
    Ineligible,
}

/// <summary>The community's weights for each ground, and the share of a round's stalls kept for new vendors.</summary>
public sealed record ScoringDto(
    int Resident, int LowIncome, int ZeroEmploymentHousehold, int Difficulty, int Disabled, int CleanRenewal, int PerYellowCard,
    int NewVendorSharePercent, string ConcurrencyStamp);

public sealed class ScoringRequest
{
    [Required, Range(0, 100)] public int? Resident { get; init; }
    [Required, Range(0, 100)] public int? LowIncome { get; init; }
    [Required, Range(0, 100)] public int? ZeroEmploymentHousehold { get; init; }
    [Required, Range(0, 100)] public int? Difficulty { get; init; }
    [Required, Range(0, 100)] public int? Disabled { get; init; }
    [Required, Range(0, 100)] public int? CleanRenewal { get; init; }

    /// <summary>Taken off per yellow card (a positive number).</summary>
    [Required, Range(0, 100)] public int? PerYellowCard { get; init; }

    [Required, Range(0, 50)] public int? NewVendorSharePercent { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>One recorded decision of a round and why (every decision keeps its reasons).</summary>
public sealed record RoundDecisionDto(DateTime At, string? By, string What, string? Reason);

public sealed record RoundDto(
    Guid Id, string Code, Guid MarketId, string Title, IReadOnlyList<Guid> StallIds, int NewVendorSharePercent, DateOnly AnnouncedOn, DateOnly ApplyBy,
    RoundState State, string? Seed, DateOnly? NoticeFrom, DateOnly? NoticeUntil, DateOnly? LetOn, int Applications,
    IReadOnlyList<RoundDecisionDto> Decisions, string ConcurrencyStamp);

public sealed class RoundRequest
{
    [Required] public Guid? MarketId { get; init; }
    [Required, StringLength(100, MinimumLength = 2)] public string? Title { get; init; }
    [Required, MinLength(1), MaxLength(200)] public List<Guid>? StallIds { get; init; }

    /// <summary>The last day to apply; not before today.</summary>
    [Required] public DateOnly? ApplyBy { get; init; }

    /// <summary>Defaults to the community's setting.</summary>
    [Range(0, 50)] public int? NewVendorSharePercent { get; init; }
}

/// <summary>A round's step (rank, publish, let): <c>concurrencyStamp</c> is the one read; <c>seed</c> only to rank, defaulting to a random one that is recorded.</summary>
public sealed class RoundStepRequest
{
    [StringLength(64, MinimumLength = 1), RegularExpression("^[0-9A-Za-z-]+$")] public string? Seed { get; init; }
    [StringLength(500)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>
/// An application for a stall: a resident of the community (<c>residentId</c>, read through the registry) or an
/// outsider with a name and an ID number or a credit code. The ID number and credit code are shown masked.
/// </summary>
public sealed class StallApplicationRequest
{
    public Guid? ResidentId { get; init; }
    [StringLength(50, MinimumLength = 2)] public string? Name { get; init; }
    [StringLength(18, MinimumLength = 15)] public string? IdNumber { get; init; }
    [RegularExpression("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")] public string? CreditCode { get; init; }
    [Required, RegularExpression("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")] public string? Phone { get; init; }
    [Required, StringLength(100, MinimumLength = 1)] public string? Goods { get; init; }
    [StringLength(20)] public string? PreferredZone { get; init; }

    /// <summary>An existing vendor of the market renewing: clean renewal and yellow cards are read from their file.</summary>
    public Guid? VendorId { get; init; }
}

/// <summary>An application as the market's staff see it; <c>grounds</c> and <c>score</c> only with <c>Market.ViewSensitive</c>.</summary>
public sealed record StallApplicationDto(
    Guid Id, int Number, Guid? ResidentId, string Name, string? IdNumber, string? CreditCode, string Phone, string Goods, string? PreferredZone,
    Guid? VendorId, bool NewVendor, bool Eligible, string? IneligibleReason, IReadOnlyList<PriorityGround>? Grounds, int? YellowCards, int? Score,
    int? LotteryOrder, int? Rank, ApplicationOutcome Outcome, Guid? StallId, string? StallNumber, int? WaitingPosition, string ConcurrencyStamp);

/// <summary>Eligibility decided by the staff, with the reason kept.</summary>
public sealed class EligibilityRequest
{
    [Required] public bool? Eligible { get; init; }
    [Required, StringLength(500, MinimumLength = 2)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>One line of the public notice: a masked name (张*), the stall, the rank and the lottery order — never the score or its grounds.</summary>
public sealed record NoticeLine(string Name, string? Stall, int Rank, int LotteryOrder);

/// <summary>公示: the round's result as anyone may read it during and after the notice period.</summary>
public sealed record PublicNoticeDto(
    string Code, string Community, string Market, string Title, DateOnly NoticeFrom, DateOnly NoticeUntil, string Seed, string? ComplaintPhone,
    IReadOnlyList<NoticeLine> Winners, IReadOnlyList<NoticeLine> WaitingList);

/// <summary>The allocation worked out again from the recorded seed and applications, beside what was recorded.</summary>
public sealed record RecomputedAllocationDto(string Seed, bool SameAsRecorded, IReadOnlyList<AllocationLine> Recorded, IReadOnlyList<AllocationLine> Recomputed);

public sealed record AllocationLine(Guid ApplicationId, int Rank, int LotteryOrder, Guid? StallId, int? WaitingPosition);

public sealed record ObjectionDto(Guid Id, Guid RoundId, Guid? ApplicationId, string RaisedBy, string Text, DateTime RaisedAt, string? Answer, bool? Upheld, DateTime? AnsweredAt, string ConcurrencyStamp);

public sealed class ObjectionRequest
{
    public Guid? ApplicationId { get; init; }
    [Required, StringLength(50, MinimumLength = 1)] public string? RaisedBy { get; init; }
    [Required, StringLength(1000, MinimumLength = 2)] public string? Text { get; init; }
}

public sealed class ObjectionAnswerRequest
{
    [Required, StringLength(1000, MinimumLength = 2)] public string? Answer { get; init; }

    /// <summary>Upheld: the notice is withdrawn and the round goes back to ranked for the decision to be mended.</summary>
    [Required] public bool? Upheld { get; init; }

    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class RoundQuery : PageQuery
{
    public RoundState? State { get; init; }
}
