using CommunityPlatform.Domain;

namespace CommunityPlatform.Data.Outbox;

/// <summary>
/// An integration event waiting in the publishing module's own tables: written in the same transaction as the change
/// it tells of, so the event exists exactly when the change does. The dispatcher delivers it and marks it.
/// </summary>
public sealed class OutboxMessage : Entity, IMustHaveCommunity
{
    public Guid CommunityId { get; private set; }

    /// <summary>The event's CLR type, assembly-qualified without version, so a rebuilt module still reads its old rows.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }
    public required DateTime OccurredAt { get; init; }
    public DateTime? DeliveredAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// Set when the dispatcher gave up after its last allowed attempt: the row is no longer due and waits for an
    /// operator, who sees it in the list of parked events and sends it again once its cause is mended.
    /// </summary>
    public DateTime? ParkedAt { get; set; }

    /// <summary>
    /// The dispatcher round that holds the row (its instance and a fresh token), written by one conditional UPDATE:
    /// with several hosts, only the round whose UPDATE changed the row delivers it (<see cref="OutboxClaims"/>).
    /// </summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds: a round that died (its host killed) leaves a claim that lapses, and another round takes the row over.</summary>
    public DateTime? ClaimedUntil { get; set; }
}
