using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.PartyOrganization;

/// <summary>The levels of the Party organisation, from the top: a unit may only sit under a higher level.</summary>
public enum UnitKind
{
    /// <summary>党委, including the 大党委 whose members come from resident units, police, owners' committee and property company.</summary>
    Committee,

    /// <summary>党总支</summary>
    GeneralBranch,

    /// <summary>党支部</summary>
    Branch,

    /// <summary>党小组, e.g. a building Party group (楼宇党小组).</summary>
    Group,
}

/// <summary>Where a member of a (big) committee comes from.</summary>
public enum SeatAffiliation
{
    Community,
    ResidentUnit,
    Police,
    OwnersCommittee,
    PropertyCompany,
}

/// <summary>
/// A unit with its team (<c>team</c>: secretary, deputies and committee members of a branch or above; the leader of a
/// group) and, for a 网格党小组, the grid it serves (<c>gridId</c>; <c>gridName</c> is empty when the grid module is off).
/// </summary>
public sealed record OrganizationUnitDto(
    Guid Id, string Name, UnitKind Kind, Guid? ParentId, Guid? SecretaryResidentId, string? SecretaryName, int Children,
    int Members, IReadOnlyList<Guid> BuildingIds, string ConcurrencyStamp, IReadOnlyList<UnitPostDto> Team, string? GroupLeaderName,
    Guid? GridId, string? GridName);

/// <summary>The posts of a unit's team: a branch (or above) has a committee (支委会) of secretary, deputies and members; a group a leader.</summary>
public enum UnitPost
{
    /// <summary>书记</summary>
    Secretary,

    /// <summary>副书记</summary>
    DeputySecretary,

    /// <summary>委员</summary>
    CommitteeMember,

    /// <summary>党小组组长</summary>
    GroupLeader,
}

/// <summary>A member holding a post in a unit.</summary>
public sealed record UnitPostDto(Guid MemberId, Guid ResidentId, string Name, UnitPost Post);

/// <summary>
/// Sets a unit's whole team at once: for a branch or above the secretary, deputies and committee members (together the
/// committee that a 支部委员会 meeting rolls); for a group its leader. Every one an active member of the unit or a unit
/// below it; a member holds one post.
/// </summary>
public sealed class UnitTeamRequest
{
    public Guid? SecretaryMemberId { get; init; }
    [MaxLength(3)] public IReadOnlyList<Guid>? DeputySecretaryMemberIds { get; init; }
    [MaxLength(15)] public IReadOnlyList<Guid>? CommitteeMemberIds { get; init; }
    public Guid? GroupLeaderMemberId { get; init; }

    /// <summary>The unit's stamp as read.</summary>
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>Links a Party group (网格党小组) to the grid it serves, or unlinks it (<c>gridId</c> null).</summary>
public sealed class UnitGridRequest
{
    /// <summary>A grid of the grid module in this community.</summary>
    public Guid? GridId { get; init; }

    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class OrganizationUnitRequest
{
    [Required, StringLength(64, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public UnitKind? Kind { get; init; }
    public Guid? ParentId { get; init; }

    /// <summary>A resident of the registry.</summary>
    public Guid? SecretaryResidentId { get; init; }

    /// <summary>For a building Party group: the registry's buildings it covers; a building belongs to one group at most.</summary>
    [MaxLength(50)] public IReadOnlyList<Guid>? BuildingIds { get; init; }

    /// <summary>Required on update.</summary>
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>A seat of a committee; for a 大党委 the seats come from units of the area.</summary>
public sealed record CommitteeSeatDto(Guid Id, Guid UnitId, string Name, string Post, SeatAffiliation Affiliation, string? Organisation);

public sealed class CommitteeSeatRequest
{
    [Required, StringLength(50, MinimumLength = 1)] public string? Name { get; init; }

    /// <summary>e.g. 书记, 副书记, 委员.</summary>
    [Required, StringLength(32, MinimumLength = 1)] public string? Post { get; init; }
    public SeatAffiliation Affiliation { get; init; } = SeatAffiliation.Community;

    /// <summary>The unit, police station, owners' committee or property company the member comes from.</summary>
    [StringLength(100)] public string? Organisation { get; init; }
}

/// <summary>The Party-building liaison (党建联络员) of a building: a member of this community.</summary>
public sealed record LiaisonDto(Guid BuildingId, Guid MemberId, Guid ResidentId, string Name, Guid? GroupId);

public sealed class LiaisonRequest
{
    [Required] public Guid? MemberId { get; init; }
}
