using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization;

/// <summary>
/// The kinds of pledge the reports name (一党员一承诺): an organisation's service project; for in-service members
/// excellence at work and community service; for retired members passing on experience and helping neighbours; for
/// laid-off members self-reliance and new skills.
/// </summary>
public enum PledgeCategory
{
    ServiceProject,
    WorkplaceExcellence,
    CommunityService,
    PassingOnExperience,
    NeighbourlyHelp,
    SelfReliance,
    SkillsUpgrade,
}

public enum PledgeState
{
    Open,
    Fulfilled,
    Unfulfilled,
}

/// <summary>The branch's assessment of a fulfilled pledge.</summary>
public enum PledgeAssessment
{
    Excellent,
    Good,
    Fair,
    Poor,
}

public sealed record PledgeDto(
    Guid Id, Guid UnitId, string UnitName, Guid? MemberId, string? MemberName, PledgeCategory Category, string Content,
    DateOnly MadeOn, DateOnly DueOn, PledgeState State, DateOnly? ClosedOn, string? Evidence, PledgeAssessment? Assessment,
    string ConcurrencyStamp);

public sealed class PledgeRequest
{
    /// <summary>An organisation's pledge: give the unit and no member.</summary>
    public Guid? UnitId { get; init; }

    /// <summary>A member's pledge (its unit is the member's).</summary>
    public Guid? MemberId { get; init; }
    [Required] public PledgeCategory? Category { get; init; }
    [Required, StringLength(500, MinimumLength = 2)] public string? Content { get; init; }
    [Required] public DateOnly? MadeOn { get; init; }
    [Required] public DateOnly? DueOn { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>践诺: the pledge kept (with evidence) or not, and the branch's assessment.</summary>
public sealed class PledgeFulfilmentRequest
{
    public bool Fulfilled { get; init; } = true;
    [Required] public DateOnly? On { get; init; }
    [StringLength(1000)] public string? Evidence { get; init; }
    public PledgeAssessment? Assessment { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class PledgeQuery : PageQuery
{
    public Guid? UnitId { get; init; }
    public Guid? MemberId { get; init; }
    public PledgeState? State { get; init; }

    /// <summary><c>organization</c> or <c>member</c>.</summary>
    public PledgeOwner? Owner { get; init; }
}

public enum PledgeOwner
{
    Organization,
    Member,
}
