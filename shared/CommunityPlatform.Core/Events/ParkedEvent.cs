namespace CommunityPlatform.Events;

/// <summary>
/// An integration event the dispatcher gave up on after its last attempt: what it was, whose it was, how often it was
/// tried and the last error, so that an operator can mend the cause and send it again.
/// </summary>
/// <param name="Store">The outbox it waits in: the publishing module's table prefix.</param>
/// <param name="Type">The event's type name without its namespace, e.g. <c>BookLent</c>.</param>
public sealed record ParkedEvent(
    Guid Id,
    string Store,
    Guid CommunityId,
    string? CommunityCode,
    string Type,
    string Payload,
    DateTime OccurredAt,
    int Attempts,
    string? LastError,
    DateTime ParkedAt);
