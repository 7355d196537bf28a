namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// The edit form of a grid as people fill it. A grid keeps its level, so the level is not on the form but taken from
/// the grid; the buildings are ticked boxes, so none ticked sends none.
/// </summary>
public sealed class GridForm
{
    public string? Name { get; set; }
    public Guid? ParentId { get; set; }
    public int? Sequence { get; set; }
    public string? Area { get; set; }
    public int TargetHouseholds { get; set; } = 250;
    public int TargetPeople { get; set; } = 700;
    public List<Guid> BuildingIds { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }

    public static GridForm From(GridDto g) => new()
    {
        Name = g.Name, ParentId = g.ParentId, Sequence = g.Sequence, Area = g.Area, TargetHouseholds = g.TargetHouseholds, TargetPeople = g.TargetPeople,
        BuildingIds = [.. g.BuildingIds], ConcurrencyStamp = g.ConcurrencyStamp,
    };

    public GridRequest ToRequest(GridLevel level) => new()
    {
        Name = Name?.Trim(), Level = level, ParentId = ParentId, Sequence = Sequence, Area = Area, TargetHouseholds = TargetHouseholds, TargetPeople = TargetPeople,
        BuildingIds = BuildingIds, ConcurrencyStamp = ConcurrencyStamp,
    };
}
