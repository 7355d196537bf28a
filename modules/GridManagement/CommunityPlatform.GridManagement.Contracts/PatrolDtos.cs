using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement;

public sealed record PatrolFindingDto(string Text, Guid? EventId);

public sealed record PatrolDto(
    Guid Id, Guid GridId, string GridName, string Patroller, DateTime At, DateOnly Day, IReadOnlyList<Guid> BuildingIds, string? Note,
    IReadOnlyList<PatrolFindingDto> Findings);

public sealed class PatrolRequest
{
    [Required] public Guid? GridId { get; init; }

    /// <summary>Defaults to now.</summary>
    public DateTime? At { get; init; }

    /// <summary>The grid's buildings walked on this round.</summary>
    [MaxLength(100)] public IReadOnlyList<Guid>? BuildingIds { get; init; }

    [StringLength(1000)] public string? Note { get; init; }

    [MaxLength(20)] public IReadOnlyList<FindingRequest>? Findings { get; init; }
}

/// <summary>Something seen on the patrol; with <c>raiseEvent</c> it becomes an event (source patrol) in the same step.</summary>
public sealed class FindingRequest
{
    [Required, StringLength(200, MinimumLength = 2)] public string? Text { get; init; }
    public bool RaiseEvent { get; init; }

    /// <summary>The event's kind when one is raised.</summary>
    public EventKind Kind { get; init; } = EventKind.Other;

    /// <summary>For a dispute: the parties.</summary>
    [StringLength(500)] public string? Parties { get; init; }
}

public sealed class PatrolQuery : PageQuery
{
    public Guid? GridId { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

/// <summary>Buildings patrolled ÷ buildings in the grid, on one day (China time).</summary>
public sealed record CoverageLine(Guid GridId, string Code, string Name, int Buildings, int Patrolled, decimal Percent);

public sealed record PatrolCoverage(DateOnly Day, IReadOnlyList<CoverageLine> Grids);

public sealed record VisitDto(
    Guid Id, Guid GridId, Guid? HouseholdId, string? Address, string Visitor, DateOnly On, string Notes, string? FollowUp, Guid? EventId);

public sealed class VisitRequest
{
    [Required] public Guid? GridId { get; init; }
    public Guid? HouseholdId { get; init; }

    /// <summary>Defaults to today.</summary>
    public DateOnly? On { get; init; }

    [Required, StringLength(2000, MinimumLength = 2)] public string? Notes { get; init; }
    [StringLength(1000)] public string? FollowUp { get; init; }

    /// <summary>The follow-up becomes an event (source visit).</summary>
    public bool RaiseEvent { get; init; }
    public EventKind Kind { get; init; } = EventKind.Welfare;
    [StringLength(500)] public string? Parties { get; init; }
}

public sealed class VisitQuery : PageQuery
{
    public Guid? GridId { get; init; }

    /// <summary>Only the visits of this household.</summary>
    public Guid? HouseholdId { get; init; }
}
