using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>A job opening from an employer, a joint-building unit or a job fair.</summary>
public sealed record OpeningDto(Guid Id, string Employer, string Title, int Positions, long? MonthlyPayFen, OpeningSource Source, DateOnly PostedOn, bool Closed, string ConcurrencyStamp);

public sealed class OpeningRequest
{
    [Required, StringLength(100, MinimumLength = 1)] public string? Employer { get; init; }
    [Required, StringLength(100, MinimumLength = 1)] public string? Title { get; init; }
    [Range(1, 10_000)] public int Positions { get; init; } = 1;
    [Range(typeof(long), "0", "100000000")] public long? MonthlyPayFen { get; init; }
    public OpeningSource Source { get; init; } = OpeningSource.Employer;
    [Required] public DateOnly? PostedOn { get; init; }
}

public sealed record ReferralDto(Guid Id, Guid OpeningId, Guid JobSeekerId, string? Name, DateOnly ReferredOn, ReferralOutcome Outcome, string ConcurrencyStamp);

public sealed class ReferralRequest
{
    [Required] public Guid? JobSeekerId { get; init; }
    [Required] public DateOnly? ReferredOn { get; init; }
}

public sealed class ReferralOutcomeRequest
{
    [Required] public ReferralOutcome? Outcome { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>What an employer is shown of a referred job seeker: name, skills and phone, nothing else.</summary>
public sealed record ReferralCardDto(string? Name, string? Skills, string? Phone);
