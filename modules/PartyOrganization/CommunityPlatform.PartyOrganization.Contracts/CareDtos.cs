using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.PartyOrganization;

/// <summary>结对帮扶: a member paired with a resident in need, and the visits made.</summary>
public sealed record PairingDto(
    Guid Id, Guid MemberId, string MemberName, Guid ResidentId, string ResidentName, string Need, DateOnly StartedOn,
    DateOnly? EndedOn, IReadOnlyList<PairingVisitDto> Visits, string ConcurrencyStamp);

public sealed record PairingVisitDto(Guid Id, DateOnly VisitedOn, string Note);

public sealed class PairingRequest
{
    [Required] public Guid? MemberId { get; init; }
    [Required] public Guid? ResidentId { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Need { get; init; }
    [Required] public DateOnly? StartedOn { get; init; }
}

public sealed class PairingVisitRequest
{
    [Required] public DateOnly? VisitedOn { get; init; }
    [Required, StringLength(1000, MinimumLength = 2)] public string? Note { get; init; }
}

public enum WishState
{
    Posted,
    Claimed,
    Fulfilled,
}

/// <summary>微心愿: a resident's small wish that a member claims and fulfils.</summary>
public sealed record MicroWishDto(
    Guid Id, Guid ResidentId, string ResidentName, string Wish, DateOnly PostedOn, WishState State, Guid? MemberId,
    string? MemberName, DateOnly? ClaimedOn, DateOnly? FulfilledOn, string? Note, string ConcurrencyStamp);

public sealed class MicroWishRequest
{
    [Required] public Guid? ResidentId { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Wish { get; init; }
    [Required] public DateOnly? PostedOn { get; init; }
}

public sealed class WishClaimRequest
{
    [Required] public Guid? MemberId { get; init; }
    [Required] public DateOnly? On { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class WishFulfilmentRequest
{
    [Required] public DateOnly? On { get; init; }
    [StringLength(500)] public string? Note { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>民情代办: an errand a member runs for a resident.</summary>
public sealed record ErrandDto(Guid Id, Guid ResidentId, string ResidentName, Guid MemberId, string MemberName, string Matter, DateOnly AcceptedOn, DateOnly? DoneOn, string? Outcome, string ConcurrencyStamp);

public sealed class ErrandRequest
{
    [Required] public Guid? ResidentId { get; init; }
    [Required] public Guid? MemberId { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Matter { get; init; }
    [Required] public DateOnly? AcceptedOn { get; init; }
}

public sealed class ErrandDoneRequest
{
    [Required] public DateOnly? On { get; init; }
    [Required, StringLength(500, MinimumLength = 1)] public string? Outcome { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}
