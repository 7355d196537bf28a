using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.PartyOrganization;

/// <summary>共驻共建单位: a unit of the area that shares resources with the community under an agreement.</summary>
public sealed record JointUnitDto(
    Guid Id, string Name, string? Contact, string? Phone, string? Resources, DateOnly? AgreementSignedOn, DateOnly? AgreementUntil,
    string? AgreementTerms, IReadOnlyList<JointActivityDto> Activities, string ConcurrencyStamp);

public sealed class JointUnitRequest
{
    [Required, StringLength(100, MinimumLength = 2)] public string? Name { get; init; }
    [StringLength(50)] public string? Contact { get; init; }
    [StringLength(24)] public string? Phone { get; init; }

    /// <summary>What the unit shares: rooms, a car park, volunteers, funds.</summary>
    [StringLength(500)] public string? Resources { get; init; }
    public DateOnly? AgreementSignedOn { get; init; }

    /// <summary>Not before the signing date.</summary>
    public DateOnly? AgreementUntil { get; init; }
    [StringLength(2000)] public string? AgreementTerms { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed record JointActivityDto(Guid Id, DateOnly HeldOn, string Title, int Participants, string? Note);

public sealed class JointActivityRequest
{
    [Required] public DateOnly? HeldOn { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Title { get; init; }
    [Range(0, 100_000)] public int Participants { get; init; }
    [StringLength(1000)] public string? Note { get; init; }
}
