using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams;

/// <summary>
/// 睦邻点: an interest point at a venue or in a resident's home. The home's address is shown to the module's staff only;
/// everyone else reads "居民家中，请联系负责人".
/// </summary>
public sealed record PointDto(
    Guid Id, string Name, string Theme, Guid? VenueId, string Place, string? HomeAddress, decimal? AreaM2, Guid? LeaderResidentId, string? LeaderName,
    string? StaffContact, long EquipmentFen, int Activities, string ConcurrencyStamp);

public sealed class PointRequest
{
    [Required, StringLength(50, MinimumLength = 2)] public string? Name { get; init; }

    /// <summary>老年歌舞, 手工技能, 读书…</summary>
    [Required, StringLength(30, MinimumLength = 1)] public string? Theme { get; init; }

    /// <summary>The venue it meets in; or a home address instead.</summary>
    public Guid? VenueId { get; init; }
    [StringLength(100)] public string? HomeAddress { get; init; }
    [Range(typeof(decimal), "1", "100000")] public decimal? AreaM2 { get; init; }
    public Guid? LeaderResidentId { get; init; }

    /// <summary>The one staff contact (社区联系人).</summary>
    [StringLength(30)] public string? StaffContact { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed record EquipmentDto(Guid Id, string Name, int Quantity, long ValueFen, DateOnly BoughtOn, string? Note);

public sealed class EquipmentRequest
{
    [Required, StringLength(50, MinimumLength = 1)] public string? Name { get; init; }
    [Range(1, 10_000)] public int Quantity { get; init; } = 1;

    /// <summary>The whole line's value in fen (分).</summary>
    [Range(typeof(long), "0", "10000000000")] public long ValueFen { get; init; }
    public DateOnly? BoughtOn { get; init; }
    [StringLength(200)] public string? Note { get; init; }
}

public enum DutyRole
{
    /// <summary>党员</summary>
    PartyMember,

    /// <summary>楼栋长</summary>
    BuildingHead,

    Volunteer,
}

public sealed record DutyDto(Guid Id, Guid ResidentId, string Name, DutyRole Role, DayOfWeek Day);

public sealed class DutyRequest
{
    [Required] public Guid? ResidentId { get; init; }
    [Required] public DutyRole? Role { get; init; }
    [Required] public DayOfWeek? Day { get; init; }
}

/// <summary>The quarterly meeting of a point, with its minutes.</summary>
public sealed record PointMeetingDto(Guid Id, DateOnly HeldOn, int Year, int Quarter, int Attendees, string Minutes);

public sealed class PointMeetingRequest
{
    [Required] public DateOnly? HeldOn { get; init; }
    [Range(0, 1000)] public int Attendees { get; init; }
    [Required, StringLength(4000, MinimumLength = 2)] public string? Minutes { get; init; }
}

public sealed record PointFileDto(PointDto Point, IReadOnlyList<EquipmentDto> Equipment, IReadOnlyList<DutyDto> Duty, IReadOnlyList<PointMeetingDto> Meetings);

public enum FamilyTitleKind
{
    /// <summary>文明家庭</summary>
    CivilizedFamily,

    /// <summary>书香家庭</summary>
    BookishFamily,

    /// <summary>文化之家</summary>
    CultureHome,
}

public sealed record FamilyTitleDto(Guid Id, int Year, FamilyTitleKind Title, Guid HouseholdId, string Address, string? Note);

public sealed class FamilyTitleRequest
{
    [Range(2000, 2100)] public int Year { get; init; }
    [Required] public FamilyTitleKind? Title { get; init; }
    [Required] public Guid? HouseholdId { get; init; }
    [StringLength(200)] public string? Note { get; init; }
}

public sealed class FamilyTitleQuery : PageQuery
{
    [Range(2000, 2100)] public int? Year { get; init; }
    public FamilyTitleKind? Title { get; init; }
}
