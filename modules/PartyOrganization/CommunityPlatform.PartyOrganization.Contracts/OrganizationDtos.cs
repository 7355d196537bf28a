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

public sealed record OrganizationUnitDto(
    Guid Id, string Name, UnitKind Kind, Guid? ParentId, Guid? SecretaryResidentId, string? SecretaryName, int Children,
    int Members, IReadOnlyList<Guid> BuildingIds, string ConcurrencyStamp);

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
