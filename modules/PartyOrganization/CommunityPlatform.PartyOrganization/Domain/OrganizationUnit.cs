using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.PartyOrganization.Domain;

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

    public void Update(string name, UnitKind kind, OrganizationUnit? parent, IReadOnlyCollection<Guid> parentAncestry, Guid? secretaryResidentId)
    {
        Name = name.Trim();
        Kind = kind;
        SecretaryResidentId = secretaryResidentId;
        PlaceUnder(parent, parentAncestry);
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
