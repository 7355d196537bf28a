using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>A unit of the Party organisation tree: committee, general branch, branch or group.</summary>
public sealed class OrganizationUnit : CommunityAggregate
{
    private OrganizationUnit()
    {
    }

    public OrganizationUnit(string name, UnitKind kind, OrganizationUnit? parent, Guid? secretaryResidentId)
    {
        Name = name.Trim();
        Kind = kind;
        SecretaryResidentId = secretaryResidentId;
        PlaceUnder(parent, []);
    }

    public string Name { get; private set; } = "";
    public UnitKind Kind { get; private set; }
    public Guid? ParentId { get; private set; }

    /// <summary>书记: a resident of the registry, by id.</summary>
    public Guid? SecretaryResidentId { get; private set; }

    /// <summary>The registry's buildings a building Party group (楼宇党小组) covers; empty for other units.</summary>
    public IReadOnlyList<Guid> BuildingIds { get; private set; } = [];

    public void CoverBuildings(IReadOnlyList<Guid> buildingIds)
    {
        if (buildingIds.Count > 0 && Kind != UnitKind.Group) throw new BusinessRuleException(PartyErrors.BuildingsOnlyForGroups);
        BuildingIds = buildingIds.Distinct().ToList();
    }

    /// <summary>May a meeting of this kind be held by this unit? Group meetings by groups, branch meetings by branches and above.</summary>
    public bool Holds(MeetingKind kind) => kind switch
    {
        MeetingKind.Group => Kind == UnitKind.Group,
        MeetingKind.BranchMembers or MeetingKind.BranchCommittee => Kind != UnitKind.Group,
        _ => true,
    };

    public void Update(string name, UnitKind kind, OrganizationUnit? parent, IReadOnlyCollection<Guid> parentAncestry, Guid? secretaryResidentId)
    {
        Name = name.Trim();
        Kind = kind;
        SecretaryResidentId = secretaryResidentId;
        PlaceUnder(parent, parentAncestry);
    }

    /// <summary>The ids of <paramref name="root"/> and every unit below it.</summary>
    public static HashSet<Guid> Subtree(IEnumerable<OrganizationUnit> units, Guid root)
    {
        var all = units.ToList();
        var found = new HashSet<Guid> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var unit in all)
                if (unit.ParentId is { } parent && found.Contains(parent) && found.Add(unit.Id)) grew = true;
        }

        return found;
    }

    /// <param name="parentAncestry">The ids of the parent's ancestors: if this unit is among them, the move would make a cycle.</param>
    private void PlaceUnder(OrganizationUnit? parent, IReadOnlyCollection<Guid> parentAncestry)
    {
        if (parent is not null)
        {
            if (parent.Id == Id || parentAncestry.Contains(Id)) throw new BusinessRuleException(PartyErrors.OwnAncestor);
            if (parent.Kind >= Kind) throw new BusinessRuleException(PartyErrors.KindAboveParent, $"A {Kind} cannot sit under a {parent.Kind}.");
        }

        ParentId = parent?.Id;
    }
}
