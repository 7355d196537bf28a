namespace CommunityPlatform.PartyOrganization;

/// <summary>A micro-wish (微心愿) of a resident, as another module lists it beside the resident's household.</summary>
public sealed record ResidentWish(Guid Id, Guid ResidentId, string Wish, DateOnly PostedOn, WishState State);

/// <summary>A pairing (结对帮扶) of a member with a resident, as another module lists it beside the resident's household.</summary>
public sealed record ResidentPairing(Guid Id, Guid ResidentId, Guid MemberId, string Need, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>
/// The wishes and pairings of some residents of the current community (the grid module's household page shows them
/// beside its visits and events). Absent when the Party module is not installed; the caller then degrades.
/// </summary>
public interface IResidentCare
{
    Task<IReadOnlyList<ResidentWish>> WishesOfAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<ResidentPairing>> PairingsOfAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken);
}
