using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization;

/// <summary>三会一课 (the first four), theme Party day (主题党日) and study day (党员学习日).</summary>
public enum MeetingKind
{
    /// <summary>支部党员大会</summary>
    BranchMembers,

    /// <summary>支部委员会</summary>
    BranchCommittee,

    /// <summary>党小组会</summary>
    Group,

    /// <summary>党课</summary>
    Lecture,
    ThemeDay,
    StudyDay,
}

public sealed record AttendanceDto(Guid MemberId, string Name, bool Present, string? AbsenceReason);

public sealed record MeetingDto(
    Guid Id, MeetingKind Kind, Guid UnitId, string UnitName, DateOnly HeldOn, string Topic, string? Minutes,
    int Present, int Absent, IReadOnlyList<AttendanceDto> Attendance, string ConcurrencyStamp);

public sealed class AttendanceRequest
{
    [Required] public Guid? MemberId { get; init; }
    public bool Present { get; init; } = true;

    /// <summary>Required when absent (病假, 事假, 外出...).</summary>
    [StringLength(100)] public string? AbsenceReason { get; init; }
}

public sealed class MeetingRequest
{
    [Required] public MeetingKind? Kind { get; init; }
    [Required] public Guid? UnitId { get; init; }
    [Required] public DateOnly? HeldOn { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Topic { get; init; }
    [StringLength(4000)] public string? Minutes { get; init; }

    /// <summary>Members of the unit or the units below it.</summary>
    [MaxLength(500)] public IReadOnlyList<AttendanceRequest>? Attendance { get; init; }
    public string? ConcurrencyStamp { get; init; }

    /// <summary>The same meeting with another attendance list.</summary>
    public MeetingRequest With(IReadOnlyList<AttendanceRequest> attendance) => new()
    {
        Kind = Kind, UnitId = UnitId, HeldOn = HeldOn, Topic = Topic, Minutes = Minutes, Attendance = attendance, ConcurrencyStamp = ConcurrencyStamp,
    };
}

public sealed class MeetingQuery : PageQuery
{
    public Guid? UnitId { get; init; }
    public MeetingKind? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
