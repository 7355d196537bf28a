using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>A registered job seeker (失业登记): a resident of the registry, read by id.</summary>
public sealed record JobSeekerDto(
    Guid Id, Guid ResidentId, string? Name, DateOnly RegisteredOn, DateOnly? LostWorkOn, string? Reason, Education? Education,
    string? Skills, string? SkillLevel, string? WishedWork, long? WishedPayFen, string? Phone, JobSeekerState State,
    DateOnly? DeregisteredOn, DeregistrationReason? DeregistrationReason, string ConcurrencyStamp);

public sealed class JobSeekerRequest
{
    [Required] public Guid? ResidentId { get; init; }
    [Required] public DateOnly? RegisteredOn { get; init; }
    public DateOnly? LostWorkOn { get; init; }
    [StringLength(200)] public string? Reason { get; init; }
    public Education? Education { get; init; }
    [StringLength(200)] public string? Skills { get; init; }
    [StringLength(32)] public string? SkillLevel { get; init; }
    [StringLength(100)] public string? WishedWork { get; init; }
    [Range(typeof(long), "0", "100000000")] public long? WishedPayFen { get; init; }

    /// <summary>The phone the seeker gives for employers: the only contact a referral card shows.</summary>
    [StringLength(24)] public string? Phone { get; init; }
}

public sealed class DeregisterRequest
{
    [Required] public DateOnly? On { get; init; }
    [Required] public DeregistrationReason? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class JobSeekerQuery : Application.PageQuery
{
    public JobSeekerState? State { get; init; }
}
