namespace CommunityPlatform.Tenancy;

/// <summary>
/// How the audit trail records this unit of work's saves: one entry per change (the default), or one summary per save
/// for seeding, a bulk act or a copy. A concern of its own beside who acts and where (<see cref="RequestContext.Audit"/>): set by background work, never by a request.
/// </summary>
public sealed class AuditMode
{
    /// <summary>The unit of work is seeding: the audit trail records one summary per save instead of one entry per row.</summary>
    public bool Seeding { get; set; }

    /// <summary>A bulk act (e.g. <c>Imported</c>): rows are stamped as usual, and the audit trail records one summary per save under this name.</summary>
    public string? BulkAction { get; set; }

    /// <summary>Rows are being copied as they are (a community moving to its own database): audit fields are kept, not restamped.</summary>
    public bool Importing { get; set; }
}
