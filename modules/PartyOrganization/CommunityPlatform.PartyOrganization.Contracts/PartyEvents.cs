namespace CommunityPlatform.PartyOrganization;

// Integration events of the Party module, delivered at least once through its outbox. Another module handles them
// with IIntegrationEventHandler<T> and references only this Contracts assembly.

/// <summary>A member was registered in the community (new, or transferred in).</summary>
public sealed record PartyMemberRegistered(Guid MemberId, Guid ResidentId, Guid UnitId, MemberCategory Category);

/// <summary>A member moved to another unit, flowed out or came back.</summary>
public sealed record PartyMemberMoved(Guid MemberId, Guid ResidentId, MoveKind Kind, Guid? FromUnitId, Guid? ToUnitId);

/// <summary>A member's relation left the community (转出), or the record was removed.</summary>
public sealed record PartyMemberLeft(Guid MemberId, Guid ResidentId, string? Place);

public sealed record PledgeFulfilled(Guid PledgeId, Guid UnitId, Guid? MemberId, DateOnly On);

/// <summary>The Party-building liaison of a building changed; <c>MemberId</c> is null when the post fell vacant.</summary>
public sealed record BuildingLiaisonChanged(Guid BuildingId, Guid? MemberId, Guid? ResidentId, string? Name);
