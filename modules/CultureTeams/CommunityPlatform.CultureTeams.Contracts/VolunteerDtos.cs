using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams;

/// <summary>
/// A volunteer: a resident with the unified volunteer number of the national system (never the ID number). Hours are
/// confirmed service time; stars follow them on the community's ladder.
/// </summary>
public sealed record VolunteerDto(
    Guid Id, Guid ResidentId, string Name, string? VolunteerNumber, Guid? TeamId, string? TeamName, bool? PartyMember, DateOnly JoinedOn,
    decimal ConfirmedHours, int Stars, string ConcurrencyStamp);

public sealed class VolunteerRequest
{
    [Required] public Guid? ResidentId { get; init; }

    /// <summary>全国志愿服务信息系统's 志愿者编号.</summary>
    [StringLength(32)] public string? VolunteerNumber { get; init; }
    public Guid? TeamId { get; init; }
    public DateOnly? JoinedOn { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed class VolunteerQuery : PageQuery
{
    public Guid? TeamId { get; init; }
    [Range(0, 5)] public int? Stars { get; init; }
}

/// <summary>draft → submitted → confirmed | declined. A confirmed record is never changed: a correction is a reversing entry.</summary>
public enum ServiceState
{
    Draft,
    Submitted,
    Confirmed,
    Declined,
}

public enum ServiceAction
{
    Submit,
    Confirm,
    Decline,
}

/// <summary>A stretch of service on one day (China time). <c>minutes</c> is negative on a reversing entry.</summary>
public sealed record ServiceRecordDto(
    Guid Id, Guid VolunteerId, string VolunteerName, DateOnly Day, TimeOnly From, TimeOnly To, int Minutes, string Content, Guid? ActivityId,
    ServiceState State, Guid? Reverses, bool Reversed, string? Note, string ConcurrencyStamp);

public sealed class ServiceRecordRequest
{
    [Required] public Guid? VolunteerId { get; init; }
    [Required] public DateOnly? Day { get; init; }
    [Required] public TimeOnly? From { get; init; }
    [Required] public TimeOnly? To { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Content { get; init; }
    public Guid? ActivityId { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed class ServiceStepRequest
{
    [Required] public ServiceAction? Action { get; init; }
    [StringLength(200)] public string? Note { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>The reason a confirmed record is reversed.</summary>
public sealed class ReversalRequest
{
    [Required, StringLength(200, MinimumLength = 2)] public string? Reason { get; init; }
}

public sealed class ServiceRecordQuery : PageQuery
{
    public Guid? VolunteerId { get; init; }
    public ServiceState? State { get; init; }
}

/// <summary>The community's rules for hours: the most hours one day may count, and the confirmed hours for 1–5 stars.</summary>
public sealed record CultureSettingsDto(int DailyCapHours, IReadOnlyList<int> StarLadder, string ConcurrencyStamp);

public sealed class CultureSettingsRequest
{
    [Range(1, 24)] public int DailyCapHours { get; init; } = 8;

    /// <summary>Five rising thresholds in hours (default 100/300/600/1000/1500).</summary>
    [Required, MinLength(5), MaxLength(5)] public IReadOnlyList<int>? StarLadder { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>记录证明: a numbered, printable proof of a volunteer's confirmed service over a period.</summary>
public sealed record ServiceProofDto(
    Guid Id, string Number, Guid VolunteerId, string Name, string? VolunteerNumber, DateOnly From, DateOnly To, decimal Hours, int Records,
    string Content, string Issuer, DateOnly IssuedOn);

public sealed class ServiceProofRequest
{
    [Required] public DateOnly? From { get; init; }
    [Required] public DateOnly? To { get; init; }

    /// <summary>Who issues it (the community's name by default).</summary>
    [StringLength(50)] public string? Issuer { get; init; }
}

/// <summary>Published when service hours of a volunteer are confirmed (or reversed), so the Party module's reviews may count them.</summary>
public sealed record VolunteerHoursConfirmed(Guid RecordId, Guid ResidentId, DateOnly Day, int Minutes, string Content);
