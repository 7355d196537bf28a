using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>
/// A household on the 低保 register. The household is the registry's (address and people read from it, never copied);
/// <c>people</c> are its living residents. The amount is monthly, in fen.
/// </summary>
public sealed record LowIncomeHouseholdDto(
    Guid Id, Guid HouseholdId, string Address, string? Dwelling, string? Head, int People, long MonthlyAmountFen, DateOnly ApprovedOn,
    string? ApprovedBy, DateOnly ReviewDue, DateOnly? LastReviewedOn, bool ReviewOverdue, DateOnly? EndedOn, string? EndReason, string ConcurrencyStamp);

public sealed class LowIncomeRequest
{
    [Required] public Guid? HouseholdId { get; init; }
    [Required, Range(typeof(long), "1", "100000000")] public long? MonthlyAmountFen { get; init; }
    [Required] public DateOnly? ApprovedOn { get; init; }

    /// <summary>Who approved it, e.g. the street office (街道办) or the county's civil affairs.</summary>
    [StringLength(64)] public string? ApprovedBy { get; init; }
}

/// <summary>年审: the yearly review, with the amount it sets (unchanged when left out).</summary>
public sealed class LowIncomeReviewRequest
{
    [Required] public DateOnly? ReviewedOn { get; init; }
    [Range(typeof(long), "1", "100000000")] public long? MonthlyAmountFen { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class LowIncomeEndRequest
{
    [Required] public DateOnly? EndedOn { get; init; }
    [Required, StringLength(200, MinimumLength = 1)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class LowIncomeQuery : Application.PageQuery
{
    /// <summary>Only households whose yearly review is past due.</summary>
    public bool ReviewOverdue { get; init; }

    /// <summary>Also households taken off 低保.</summary>
    public bool IncludeEnded { get; init; }
}
