using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>A training class run with the employment bureau (创业/技能培训班) and how its trainees fared.</summary>
public sealed record TrainingClassDto(
    Guid Id, string Title, TrainingKind Kind, string? Partner, DateOnly StartsOn, DateOnly? EndsOn, int Enrolled, int Completed, int Certified,
    int PlacedAfter, string ConcurrencyStamp);

public sealed class TrainingClassRequest
{
    [Required, StringLength(100, MinimumLength = 1)] public string? Title { get; init; }
    public TrainingKind Kind { get; init; } = TrainingKind.Skill;
    [StringLength(64)] public string? Partner { get; init; }
    [Required] public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
}

/// <summary>A trainee's enrolment, completion, certificate and placement after the class.</summary>
public sealed class EnrolmentRequest
{
    [Required] public Guid? ResidentId { get; init; }
    public bool Completed { get; init; }
    [StringLength(64)] public string? Certificate { get; init; }
    public bool PlacedAfter { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}
