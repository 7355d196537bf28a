using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

public sealed record DifficultyStepDto(DifficultyAction Action, DateOnly On, string? By, string? Body, string? Reason);

/// <summary>就业困难人员认定: the category is from the city's list (a setting); each step says who, when, which body, why.</summary>
public sealed record DifficultyCaseDto(
    Guid Id, Guid ResidentId, string? Name, string Category, DifficultyState State, IReadOnlyList<DifficultyStepDto> Steps, string ConcurrencyStamp);

public sealed class DifficultyCaseRequest
{
    [Required] public Guid? ResidentId { get; init; }
    [Required, StringLength(64, MinimumLength = 1)] public string? Category { get; init; }
    [Required] public DateOnly? AppliedOn { get; init; }
}

/// <summary>A review (street 初审, then district 终审), passed or refused; or, on a valid case, its revocation.</summary>
public sealed class DifficultyDecisionRequest
{
    [Required] public bool? Passed { get; init; }
    [Required] public DateOnly? On { get; init; }
    [StringLength(64)] public string? Body { get; init; }
    [StringLength(200)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class DifficultyRevokeRequest
{
    [Required] public DateOnly? On { get; init; }
    [Required, StringLength(200, MinimumLength = 1)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}
