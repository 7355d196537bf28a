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

    /// <summary>
    /// The unit's team: a branch's (or higher unit's) committee — secretary, deputies, committee members — or a group's
    /// leader. Members by id; who may hold a post is checked by <see cref="UnitTeams"/> against the roll.
    /// </summary>
    public IReadOnlyList<TeamSeat> Team { get; private set; } = [];

    /// <summary>The grid a 网格党小组 serves: a grid of the grid module, by id (no key across modules).</summary>
    public Guid? GridId { get; private set; }

    /// <summary>The members who sit on the committee (支委会): everyone of the team of a branch or above.</summary>
    public IEnumerable<Guid> Committee => Kind == UnitKind.Group ? [] : Team.Select(s => s.MemberId);

    public void CoverBuildings(IReadOnlyList<Guid> buildingIds)
    {
        if (buildingIds.Count > 0 && Kind != UnitKind.Group) throw new BusinessRuleException(PartyErrors.BuildingsOnlyForGroups);
        BuildingIds = buildingIds.Distinct().ToList();
    }

    /// <summary>Seats the team; the secretary's resident becomes the unit's secretary.</summary>
    /// <param name="secretaryResidentId">The resident of the member in <see cref="UnitPost.Secretary"/>, if any.</param>
    public void Seat(IReadOnlyList<TeamSeat> team, Guid? secretaryResidentId)
    {
        var posts = team.Select(s => s.Post).ToList();
        if (Kind == UnitKind.Group ? posts.Any(p => p != UnitPost.GroupLeader) : posts.Contains(UnitPost.GroupLeader))
            throw new BusinessRuleException(PartyErrors.PostNotForUnit);
        if (team.DistinctBy(s => s.MemberId).Count() != team.Count) throw new BusinessRuleException(PartyErrors.OnePostEach);
        Team = team.ToList();
        if (Kind != UnitKind.Group) SecretaryResidentId = secretaryResidentId;
    }

    /// <summary>Links a group to the grid it serves; only a group serves a grid.</summary>
    public void Serve(Guid? gridId)
    {
        if (gridId is not null && Kind != UnitKind.Group) throw new BusinessRuleException(PartyErrors.GridOnlyForGroups);
        GridId = gridId;
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
        // A secretary named here who is not the team's secretary leaves the team's secretary seat empty; a new level keeps no team.
        if (secretaryResidentId != SecretaryResidentId) Team = Team.Where(s => s.Post != UnitPost.Secretary).ToList();
        if (kind != Kind) (Team, GridId) = ([], null);
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
            if (parent.Kind >= Kind) throw new BusinessRuleException(PartyErrors.KindAboveParent);
        }

        ParentId = parent?.Id;
    }
}

/// <summary>A member in a post of the unit's team.</summary>
public sealed record TeamSeat(Guid MemberId, UnitPost Post);
