using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization;

/// <summary>在职 in service, 离退休 retired, 流动 mobile, 下岗 laid off.</summary>
public enum MemberCategory
{
    InService,
    Retired,
    Mobile,
    LaidOff,
}

/// <summary>预备党员 or 正式党员.</summary>
public enum MembershipStatus
{
    Probationary,
    Full,
}

/// <summary>Where the member's organisational relation (组织关系) is held.</summary>
public enum RelationHeld
{
    Community,
    Employer,
    Elsewhere,
}

/// <summary>The four management modes (直接/双重/接手/协助管理).</summary>
public enum ManagementMode
{
    /// <summary>直接管理: the relation is here.</summary>
    Direct,

    /// <summary>双重管理: employer and community.</summary>
    Dual,

    /// <summary>接手管理: retired members taken over from their former employer.</summary>
    TakenOver,

    /// <summary>协助管理: mobile members whose relation is elsewhere.</summary>
    Assisted,
}

/// <summary>Active here, flowed out (流出, still a member of this community) or left (关系转出).</summary>
public enum MemberState
{
    Active,
    FlowedOut,
    Left,
}

/// <summary>How dues are reckoned: by monthly income in service, by pension when retired, or the reduced 0.2 yuan.</summary>
public enum DuesClass
{
    Income,
    Pension,

    /// <summary>Students, the unemployed and low-income members: 0.2 yuan a month.</summary>
    Reduced,
}

/// <summary>What happened to a member's relation: the history of 组织关系接转 and 流出/流入.</summary>
public enum MoveKind
{
    Registered,
    TransferredIn,
    MovedUnit,
    FlowedOut,
    FlowedBack,
    TransferredOut,
}

public sealed record PartyMemberDto(
    Guid Id,
    Guid ResidentId,
    string Name,
    Guid? HouseholdId,
    Guid? BuildingId,
    Guid UnitId,
    string UnitName,
    DateOnly JoinedOn,
    MembershipStatus Status,
    DateOnly? FullSince,
    MemberCategory Category,
    RelationHeld RelationHeld,
    string? RelationHolder,
    ManagementMode ManagementMode,
    bool HouseholdPlaque,
    DateOnly? ReportedInOn,
    string? ServiceChoice,
    DuesClass DuesClass,
    long MonthlyIncomeFen,
    long MonthlyDuesFen,
    MemberState State,
    string ConcurrencyStamp);

public sealed class PartyMemberRequest
{
    /// <summary>A resident of this community's registry; one member per resident.</summary>
    [Required] public Guid? ResidentId { get; init; }
    [Required] public Guid? UnitId { get; init; }
    [Required] public DateOnly? JoinedOn { get; init; }
    public MembershipStatus Status { get; init; } = MembershipStatus.Full;

    /// <summary>Required when <see cref="Status"/> is full; not before the join date.</summary>
    public DateOnly? FullSince { get; init; }
    [Required] public MemberCategory? Category { get; init; }
    public RelationHeld RelationHeld { get; init; } = RelationHeld.Community;

    /// <summary>The employer or place holding the relation when it is not the community.</summary>
    [StringLength(100)] public string? RelationHolder { get; init; }

    /// <summary>Derived from the category and relation when left out.</summary>
    public ManagementMode? ManagementMode { get; init; }
    public bool HouseholdPlaque { get; init; }

    /// <summary>Derived from the category when left out.</summary>
    public DuesClass? DuesClass { get; init; }

    /// <summary>Monthly income (or pension) in fen, the base of the dues.</summary>
    [Range(typeof(long), "0", "100000000")] public long MonthlyIncomeFen { get; init; }

    /// <summary>For a member who joins from another organisation (转入): where the relation came from.</summary>
    [StringLength(100)] public string? TransferredFrom { get; init; }

    /// <summary>When the relation arrived (with <see cref="TransferredFrom"/>); today when left out.</summary>
    public DateOnly? TransferredOn { get; init; }

    /// <summary>Required on update.</summary>
    public string? ConcurrencyStamp { get; init; }
}

public sealed class PartyMemberQuery : PageQuery
{
    /// <summary>Members of this unit and the units below it.</summary>
    public Guid? UnitId { get; init; }
    public MemberCategory? Category { get; init; }

    /// <summary>Every member of the community (active and flowed out) unless a state is asked for; those who left only on request.</summary>
    public MemberState? State { get; init; }
    public bool? HouseholdPlaque { get; init; }

    /// <summary>Members whose name contains this (a surname, a given name or the whole name).</summary>
    [StringLength(50)] public string? Search { get; init; }
}

/// <summary>在职党员到社区报到: the date and the community service chosen.</summary>
public sealed class ReportInRequest
{
    [Required] public DateOnly? On { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? ServiceChoice { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>
/// A move of the member's relation: to another unit of this community (<c>movedUnit</c>, needs <see cref="UnitId"/>),
/// out for a while (<c>flowedOut</c>, 流出), back again (<c>flowedBack</c>, 流入) or out of the community for good
/// (<c>transferredOut</c>, needs <see cref="Place"/>).
/// </summary>
public sealed class MemberMoveRequest
{
    [Required] public MoveKind? Kind { get; init; }
    [Required] public DateOnly? On { get; init; }
    public Guid? UnitId { get; init; }
    [StringLength(100)] public string? Place { get; init; }
    [StringLength(500)] public string? Note { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed record MemberMoveDto(Guid Id, MoveKind Kind, DateOnly On, Guid? FromUnitId, Guid? ToUnitId, string? Place, string? Note);

/// <summary>A line of the printable plaque list (党员户挂牌): the household and its members.</summary>
public sealed record PlaqueDto(Guid? HouseholdId, string Address, IReadOnlyList<string> Members, string UnitName);
