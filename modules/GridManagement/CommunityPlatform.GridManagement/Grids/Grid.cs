using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// A grid of the three-level tree (三级网格): the community, its branch areas, and building groups of about
/// 250 households / 700 people. Only the lowest level covers buildings of the registry.
/// </summary>
public sealed class Grid : CommunityAggregate
{
    /// <summary>How far (as a share of the target) a grid's households may stray before it is flagged.</summary>
    public const decimal Tolerance = 0.5m;

    private Grid()
    {
    }

    public Grid(string communityCode, string name, GridLevel level, int sequence, Grid? parent)
    {
        Level = level;
        Rename(name);
        Place(communityCode, sequence, parent);
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public GridLevel Level { get; private set; }
    public int Sequence { get; private set; }
    public Guid? ParentId { get; private set; }
    public string? Area { get; private set; }
    public IReadOnlyList<Guid> BuildingIds { get; private set; } = [];
    public int TargetHouseholds { get; private set; } = 250;
    public int TargetPeople { get; private set; } = 700;

    public static string CodeOf(string communityCode, GridLevel level, int sequence) => $"{communityCode}-{(int)level}-{sequence:00}";

    public void Rename(string name) => Name = name.Trim();

    public void Describe(string? area, int targetHouseholds, int targetPeople)
    {
        Area = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        TargetHouseholds = targetHouseholds;
        TargetPeople = targetPeople;
    }

    public void Place(string communityCode, int sequence, Grid? parent)
    {
        if (Level == GridLevel.Community ? parent is not null : parent is null || parent.Level != Level - 1 || parent.Id == Id)
            throw new BusinessRuleException(GridErrors.ParentLevel);
        ParentId = parent?.Id;
        Sequence = sequence;
        Code = CodeOf(communityCode, Level, sequence);
    }

    public void Cover(IReadOnlyList<Guid> buildingIds)
    {
        if (buildingIds.Count > 0 && Level != GridLevel.BuildingGroup) throw new BusinessRuleException(GridErrors.BuildingsOnlyForLowest);
        BuildingIds = buildingIds.Distinct().ToList();
    }

    /// <summary>Whether <paramref name="households"/> is far enough off the target to be worth a look.</summary>
    public bool IsFarOffTarget(int households) =>
        Level == GridLevel.BuildingGroup && Math.Abs(households - TargetHouseholds) > TargetHouseholds * Tolerance;

    /// <summary>The ids of <paramref name="roots"/> and every grid below them.</summary>
    public static HashSet<Guid> Subtrees(IEnumerable<(Guid Id, Guid? ParentId)> grids, IEnumerable<Guid> roots)
    {
        var all = grids.ToList();
        var found = roots.ToHashSet();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (id, parent) in all)
                if (parent is { } p && found.Contains(p) && found.Add(id)) grew = true;
        }

        return found;
    }
}
