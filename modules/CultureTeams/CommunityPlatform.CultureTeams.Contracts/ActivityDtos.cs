using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams;

public enum ActivityKind
{
    Activity,

    /// <summary>培训</summary>
    Training,

    /// <summary>演出</summary>
    Performance,

    /// <summary>宣传: records the information gathered.</summary>
    Publicity,

    /// <summary>讲座 (学习超市): published ahead, residents sign up.</summary>
    Lecture,

    /// <summary>展览 (书画展)</summary>
    Exhibition,

    /// <summary>文化艺术节: with a programme.</summary>
    Festival,
}

/// <summary>planned → open for sign-up → held → recorded → closed.</summary>
public enum ActivityState
{
    Planned,
    Open,
    Held,
    Recorded,
    Closed,
}

public enum ActivityAction
{
    Open,
    Hold,
    Record,
    Close,
}

public enum CheckInWay
{
    /// <summary>扫码签到 at the venue.</summary>
    QrCode,

    /// <summary>The leader's roll call.</summary>
    RollCall,

    /// <summary>Entered by staff for people without phones.</summary>
    Staff,

    /// <summary>Signed up ahead (学习超市).</summary>
    SignUp,
}

public sealed record ActivityDto(
    Guid Id, string Title, ActivityKind Kind, ActivityState State, Guid? TeamId, string? TeamName, Guid? PointId, string? PointName,
    Guid? VenueId, string? Place, DateTime StartsAt, DateTime EndsAt, int? Capacity, string? Programme, int Attendance, int Named,
    int? InformationGathered, bool Public, string CheckInCode, string? Note, string ConcurrencyStamp);

public sealed class ActivityRequest
{
    [Required, StringLength(100, MinimumLength = 2)] public string? Title { get; init; }
    [Required] public ActivityKind? Kind { get; init; }
    public Guid? TeamId { get; init; }
    public Guid? PointId { get; init; }
    public Guid? VenueId { get; init; }

    /// <summary>Where, when not a venue of the community (a square, a school).</summary>
    [StringLength(100)] public string? Place { get; init; }
    [Required] public DateTime? StartsAt { get; init; }
    [Required] public DateTime? EndsAt { get; init; }
    [Range(1, 100_000)] public int? Capacity { get; init; }

    /// <summary>A festival's programme, one item a line.</summary>
    [StringLength(2000)] public string? Programme { get; init; }

    /// <summary>Shown on the public calendar (default true).</summary>
    public bool? Public { get; init; }
    [StringLength(500)] public string? Note { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>
/// A step of an activity. Record takes the head count (when attendance is not taken by name) and, for publicity, the
/// pieces of information gathered.
/// </summary>
public sealed class ActivityStepRequest
{
    [Required] public ActivityAction? Action { get; init; }
    [Range(0, 100_000)] public int? HeadCount { get; init; }
    [Range(0, 100_000)] public int? InformationGathered { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed record ActivityAttendanceDto(Guid Id, Guid? ResidentId, string Name, string? Phone, CheckInWay Way, bool Guest, DateTime At);

/// <summary>A resident of the registry, or a name (and phone) kept as a guest.</summary>
public sealed class ActivityAttendanceRequest
{
    public Guid? ResidentId { get; init; }
    [StringLength(30, MinimumLength = 1)] public string? Name { get; init; }
    [Phone, StringLength(24)] public string? Phone { get; init; }
    public CheckInWay? Way { get; init; }
}

/// <summary>A piece of information a publicity session gathered, sent to the grid as an event.</summary>
public sealed class GridReferralRequest
{
    [Required, StringLength(200, MinimumLength = 2)] public string? Title { get; init; }
    [StringLength(2000)] public string? Description { get; init; }
    [StringLength(50)] public string? Reporter { get; init; }
}

public sealed record GridReferralDto(Guid RequestId, string Title, bool Sent);

public sealed class ActivityQuery : PageQuery
{
    public ActivityKind? Kind { get; init; }
    public ActivityState? State { get; init; }
    public Guid? TeamId { get; init; }
    public Guid? PointId { get; init; }

    /// <summary>China-time dates the activity starts within.</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
