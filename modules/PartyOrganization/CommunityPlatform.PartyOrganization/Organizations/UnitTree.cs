namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>The organisation tree in reading order — each unit followed by the units below it — for the tree and the unit pickers.</summary>
public static class UnitTree
{
    public static IReadOnlyList<(OrganizationUnitDto Unit, int Depth)> Ordered(IReadOnlyList<OrganizationUnitDto> units)
    {
        var ids = units.Select(u => u.Id).ToHashSet();
        var below = units.Where(u => u.ParentId is { } p && ids.Contains(p)).ToLookup(u => u.ParentId!.Value);
        var ordered = new List<(OrganizationUnitDto, int)>();

        void Add(OrganizationUnitDto unit, int depth)
        {
            ordered.Add((unit, depth));
            foreach (var child in below[unit.Id]) Add(child, depth + 1);
        }

        // A unit whose parent is not in the list still shows, at the top.
        foreach (var root in units.Where(u => u.ParentId is not { } p || !ids.Contains(p))) Add(root, 0);
        return ordered;
    }

    /// <summary>An option's text, indented with ideographic spaces because a select ignores padding.</summary>
    public static string Option(OrganizationUnitDto unit, int depth) => new string('\u3000', depth) + unit.Name;
}
