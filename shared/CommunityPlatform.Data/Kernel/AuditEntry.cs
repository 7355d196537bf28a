namespace CommunityPlatform.Data.Kernel;

/// <summary>One audited act: who saw unmasked personal data, who exported a ledger, who changed a grant.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? CommunityId { get; init; }
    public Guid? AccountId { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }
    public string? Detail { get; init; }
    public required DateTime At { get; init; }
}
