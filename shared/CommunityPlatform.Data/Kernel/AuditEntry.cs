using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityPlatform.Data.Kernel;

/// <summary>
/// One audited act: a write (entity, id and the fields it changed, sensitive ones masked), a sign-in, an unmasked
/// read, an export. Entries are only ever added: no endpoint edits or deletes them, and nothing purges them.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid? CommunityId { get; init; }
    public Guid? AccountId { get; init; }

    /// <summary>The account's user name at the time, or <c>system</c> for seeding and background work.</summary>
    public string? AccountName { get; init; }

    /// <summary>What happened, e.g. <c>Created</c>, <c>Updated</c>, <c>Deleted</c>, <c>Account.SignedIn</c>, <c>Residents.IdNumberShown</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The entity type for writes (<c>Resident</c>), or what the act concerned.</summary>
    public required string Subject { get; init; }

    public string? EntityId { get; init; }

    /// <summary>For writes: JSON <c>{ "field": [old, new] }</c>; otherwise free text.</summary>
    public string? Detail { get; init; }

    public required DateTime At { get; init; }

    public const string Table = "Kernel_AuditEntries";

    /// <summary>
    /// The columns, for the kernel's context (which owns and migrates the table) and for every other context that
    /// writes its audit rows in its own save (<see cref="PlatformConventions"/> maps it there, excluded from migrations).
    /// </summary>
    public static void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.Subject).HasMaxLength(200);
        b.Property(a => a.AccountName).HasMaxLength(64);
        b.Property(a => a.EntityId).HasMaxLength(64);
        b.Property(a => a.Detail).HasMaxLength(4000);
    }
}
