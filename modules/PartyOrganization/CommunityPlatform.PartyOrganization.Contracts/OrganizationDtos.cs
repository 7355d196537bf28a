using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.PartyOrganization;

/// <summary>The levels of the Party organisation, from the top: a unit may only sit under a higher level.</summary>
public enum UnitKind
{
    /// <summary>党委, including the 大党委 whose members come from resident units, police, owners' committee and property company.</summary>
    Committee,

    /// <summary>党总支</summary>
    GeneralBranch,

    /// <summary>党支部</summary>
    Branch,

    /// <summary>党小组, e.g. a building Party group (楼宇党小组).</summary>
    Group,
}

public sealed record OrganizationUnitDto(
    Guid Id, string Name, UnitKind Kind, Guid? ParentId, Guid? SecretaryResidentId, string? SecretaryName, int Children, string ConcurrencyStamp);

public sealed class OrganizationUnitRequest
{
    [Required, StringLength(64, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public UnitKind? Kind { get; init; }
    public Guid? ParentId { get; init; }

    /// <summary>A resident of the registry.</summary>
    public Guid? SecretaryResidentId { get; init; }

    /// <summary>Required on update.</summary>
    public string? ConcurrencyStamp { get; init; }
}
