using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>
/// A zero-employment household (零就业家庭) with its clock: <c>dueOn</c> is the recognition day plus the days the city
/// allows to clear it (a setting); an open household past it is <c>overdue</c>.
/// </summary>
public sealed record ZeroEmploymentDto(
    Guid Id, Guid HouseholdId, string Address, ZeroEmploymentSource Source, DateOnly RecognisedOn, DateOnly DueOn, ZeroEmploymentState State,
    DateOnly? ClosedOn, Guid? EmployedResidentId, string? ExitReason, bool Overdue, string ConcurrencyStamp);

public sealed class ZeroEmploymentRequest
{
    [Required] public Guid? HouseholdId { get; init; }
    public ZeroEmploymentSource Source { get; init; } = ZeroEmploymentSource.Visit;
    [Required] public DateOnly? RecognisedOn { get; init; }
}

/// <summary>A step of the household's case: <c>assist</c> needs nothing more; <c>clear</c> names the member now in stable work; <c>exit</c> a reason.</summary>
public sealed class ZeroEmploymentStepRequest
{
    [Required] public DateOnly? On { get; init; }
    public Guid? EmployedResidentId { get; init; }
    [StringLength(200)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class ZeroEmploymentQuery : Application.PageQuery
{
    public ZeroEmploymentState? State { get; init; }

    /// <summary>Only open households past their clock.</summary>
    public bool OverdueOnly { get; init; }
}

/// <summary>A household the registry scan found: every working-age member able to work is tagged unemployed.</summary>
public sealed record ZeroEmploymentCandidate(Guid HouseholdId, string Address, int WorkingAgeMembers);
