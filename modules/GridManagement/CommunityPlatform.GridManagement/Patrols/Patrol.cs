using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Grids;

namespace CommunityPlatform.GridManagement.Patrols;

/// <summary>
/// One round of the daily patrol (一日一巡) of a grid: who, when, the buildings walked and what was found. A finding
/// may have raised an event; it then names it.
/// </summary>
public sealed class Patrol : CommunityAggregate
{
    private Patrol()
    {
    }

    public Patrol(Grid grid, Actor by, DateTime at, DateOnly day, IReadOnlyList<Guid> buildingIds, string? note)
    {
        var outside = buildingIds.Except(grid.BuildingIds).ToList();
        if (outside.Count > 0) throw new BusinessRuleException(GridErrors.BuildingNotInGrid);
        GridId = grid.Id;
        AccountId = by.AccountId;
        Patroller = by.Name ?? "";
        At = at;
        Day = day;
        BuildingIds = buildingIds.Distinct().ToList();
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Guid GridId { get; private set; }
    public Guid? AccountId { get; private set; }
    public string Patroller { get; private set; } = "";
    public DateTime At { get; private set; }

    /// <summary>The day in China time, for coverage per day.</summary>
    public DateOnly Day { get; private set; }

    public IReadOnlyList<Guid> BuildingIds { get; private set; } = [];
    public string? Note { get; private set; }
    public IReadOnlyList<PatrolFinding> Findings { get; private set; } = [];

    public void Find(string text, Guid? eventId) => Findings = [.. Findings, new PatrolFinding(text.Trim(), eventId)];
}

public sealed record PatrolFinding(string Text, Guid? EventId);
