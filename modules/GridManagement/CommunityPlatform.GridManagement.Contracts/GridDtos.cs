using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.GridManagement;

/// <summary>The three levels of the grid tree (三级网格).</summary>
public enum GridLevel
{
    /// <summary>一级网格: the community.</summary>
    Community = 1,

    /// <summary>二级网格: a branch area (片区), e.g. under a Party branch.</summary>
    Area = 2,

    /// <summary>三级网格: one building or a group of buildings.</summary>
    BuildingGroup = 3,
}

/// <summary>
/// A grid. <c>code</c> is the community's code, the level and a sequence (<c>wuyijie-3-02</c>);
/// <c>warnings</c> names what is worth a look, e.g. <c>Grid.SizeFarOffTarget</c> when the households are far off the target.
/// </summary>
public sealed record GridDto(
    Guid Id, string Code, string Name, GridLevel Level, int Sequence, Guid? ParentId, string? Area, IReadOnlyList<Guid> BuildingIds,
    int TargetHouseholds, int TargetPeople, int Households, IReadOnlyList<string> Warnings, string ConcurrencyStamp);

public sealed class GridRequest
{
    [Required, StringLength(64, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public GridLevel? Level { get; init; }

    /// <summary>Required below level 1: a grid of the level just above.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>Numbered west to east, north to south within the level; the next free number when left out.</summary>
    [Range(1, 999)] public int? Sequence { get; init; }

    /// <summary>The area the grid covers, in words (shown on the signboard).</summary>
    [StringLength(200)] public string? Area { get; init; }

    /// <summary>Lowest level only: the registry's buildings; a building belongs to one such grid.</summary>
    [MaxLength(100)] public IReadOnlyList<Guid>? BuildingIds { get; init; }

    [Range(1, 100_000)] public int TargetHouseholds { get; init; } = 250;
    [Range(1, 300_000)] public int TargetPeople { get; init; } = 700;

    /// <summary>Required on update.</summary>
    public string? ConcurrencyStamp { get; init; }
}

public sealed class GridQuery
{
    public GridLevel? Level { get; init; }
    public Guid? ParentId { get; init; }
}

/// <summary>A role on a grid: the grid's own staff and the eight officers (八大员).</summary>
public enum StaffRole
{
    /// <summary>网格长</summary>
    GridLeader,

    /// <summary>网格员</summary>
    GridWorker,

    /// <summary>楼栋长</summary>
    BuildingHead,

    /// <summary>党建联络员 (kept by the Party module; shown here read-only)</summary>
    PartyLiaison,

    /// <summary>网格信息员</summary>
    InformationOfficer,

    /// <summary>八大员: 网格领导</summary>
    Leader,

    /// <summary>八大员: 治安民警</summary>
    Police,

    /// <summary>八大员: 民政员</summary>
    CivilAffairs,

    /// <summary>八大员: 劳动保障员</summary>
    HumanResources,

    /// <summary>八大员: 计生员</summary>
    FamilyPlanning,

    /// <summary>八大员: 教育员</summary>
    Education,

    /// <summary>八大员: 法律员</summary>
    Legal,

    /// <summary>八大员: 街道包片领导</summary>
    StreetLeader,
}

/// <summary>
/// A person on a grid. <c>fromParty</c> marks the Party-building liaisons that the Party module keeps: read-only here.
/// <c>accountId</c> and <c>residentId</c> may each be absent (a police officer is often neither).
/// </summary>
public sealed record GridStaffDto(
    Guid Id, Guid GridId, string Name, StaffRole Role, Guid? AccountId, Guid? ResidentId, string? Phone, bool ShowOnSignboard,
    bool FromParty, Guid? BuildingId, string? ConcurrencyStamp);

public sealed class GridStaffRequest
{
    [Required, StringLength(50, MinimumLength = 1)] public string? Name { get; init; }
    [Required] public StaffRole? Role { get; init; }

    /// <summary>A community account, e.g. the grid worker's: their grids are the ones they staff.</summary>
    public Guid? AccountId { get; init; }

    /// <summary>A resident of the registry.</summary>
    public Guid? ResidentId { get; init; }

    [StringLength(24), RegularExpression(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{7,8})$")]
    public string? Phone { get; init; }

    /// <summary>The person agreed to be shown, with their phone, on the grid's public signboard.</summary>
    public bool ShowOnSignboard { get; init; }

    public string? ConcurrencyStamp { get; init; }
}

/// <summary>The public card of a grid (民情网格牌): only staff who agreed to be shown.</summary>
public sealed record SignboardDto(string Code, string Community, string Name, string? Area, IReadOnlyList<SignboardPerson> Staff);

public sealed record SignboardPerson(string Name, StaffRole Role, string RoleTitle, string? Phone);
