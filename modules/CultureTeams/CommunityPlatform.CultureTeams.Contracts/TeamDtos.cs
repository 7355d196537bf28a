using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.CultureTeams;

/// <summary>文体队伍 or 志愿者队伍; what the team does is its <c>category</c> (合唱, 腰鼓, 城管, 护学…).</summary>
public enum TeamKind
{
    Culture,
    Sports,
    Volunteer,
}

/// <summary>proposed → active → dormant → active again, or dissolved.</summary>
public enum TeamState
{
    Proposed,
    Active,
    Dormant,
    Dissolved,
}

/// <summary>A recurring meeting: on these days, from–to (China time). No days: meets by arrangement.</summary>
public sealed record TeamSchedule(IReadOnlyList<DayOfWeek> Days, TimeOnly? From, TimeOnly? To);

public sealed record TeamMemberDto(Guid Id, Guid? ResidentId, string Name, string? Phone, bool Outsider, DateOnly JoinedOn);

public sealed record TeamDto(
    Guid Id, string Name, TeamKind Kind, string Category, TeamState State, Guid? LeaderResidentId, string? LeaderName, TeamSchedule Schedule,
    string ScheduleText, Guid? VenueId, string? VenueName, int Members, DateOnly FoundedOn, string? Note, string ConcurrencyStamp);

public sealed class TeamRequest
{
    [Required, StringLength(50, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public TeamKind? Kind { get; init; }

    /// <summary>合唱, 舞蹈, 太极, 腰鼓, 秧歌, 书画, 读书, 宣讲, 手工; 调解, 文明创建, 帮扶, 家电维修, 城管, 巡逻, 护学, 先锋队…</summary>
    [Required, StringLength(20, MinimumLength = 1)] public string? Category { get; init; }

    /// <summary>The leader, a resident of the community's registry.</summary>
    public Guid? LeaderResidentId { get; init; }
    [MaxLength(7)] public IReadOnlyList<DayOfWeek>? Days { get; init; }
    public TimeOnly? From { get; init; }
    public TimeOnly? To { get; init; }
    public Guid? VenueId { get; init; }
    public DateOnly? FoundedOn { get; init; }
    [StringLength(500)] public string? Note { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public enum TeamAction
{
    Activate,
    Suspend,
    Dissolve,
}

public sealed class TeamStepRequest
{
    [Required] public TeamAction? Action { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>A resident of the registry, or an outsider with name and phone.</summary>
public sealed class TeamMemberRequest
{
    public Guid? ResidentId { get; init; }
    [StringLength(30, MinimumLength = 1)] public string? Name { get; init; }
    [Phone, StringLength(24)] public string? Phone { get; init; }
    public DateOnly? JoinedOn { get; init; }
}

public sealed class TeamQuery : PageQuery
{
    public TeamKind? Kind { get; init; }
    public TeamState? State { get; init; }
}
