namespace CommunityPlatform.Data.Outbox;

/// <summary>
/// One message one handler has handled, in the handler's module's own tables (<c>{Prefix}_Inbox</c>): written in the
/// same transaction as what the handler changed, so a message delivered again (its dispatcher died before marking
/// it, or its claim lapsed) finds its row and is not handled a second time.
/// </summary>
public sealed class InboxEntry
{
    public required Guid MessageId { get; init; }

    /// <summary>The handler's type, namespace and name: two handlers of one module each handle the message once.</summary>
    public required string Handler { get; init; }

    public required DateTime HandledAt { get; init; }
}
