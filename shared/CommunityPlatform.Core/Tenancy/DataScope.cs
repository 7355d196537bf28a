namespace CommunityPlatform.Tenancy;

/// <summary>
/// The community and account a unit of work acts for, one per request or job. The data layer filters by
/// <see cref="CommunityId"/> and stamps it on insert; background work sets it with <see cref="Enter"/>.
/// </summary>
public sealed class DataScope
{
    public CommunityInfo? Community { get; private set; }
    public Guid? CommunityId => Community?.Id;
    public string? CommunityCode => Community?.Code;
    public Guid? AccountId { get; set; }

    /// <summary>The account's user name, for the audit trail; null for the system (seeding, background work).</summary>
    public string? AccountName { get; set; }

    /// <summary>The unit of work is seeding: the audit trail records one summary per save instead of one entry per row.</summary>
    public bool Seeding { get; set; }

    /// <summary>A bulk act (e.g. <c>Imported</c>): rows are stamped as usual, and the audit trail records one summary per save under this name.</summary>
    public string? BulkAction { get; set; }

    /// <summary>Rows are being copied as they are (a community moving to its own database): audit fields are kept, not restamped.</summary>
    public bool Importing { get; set; }

    /// <summary>Records of a module this account is narrowed to (see <see cref="Security.NarrowedAccess"/>); nothing is narrowed by default.</summary>
    public Security.NarrowedAccess Narrowing { get; } = new();

    public void SetCommunity(CommunityInfo? community) => Community = community;

    /// <summary>Acts for another community until the returned handle is disposed.</summary>
    public IDisposable Enter(CommunityInfo community)
    {
        var previous = Community;
        Community = community;
        return new Restore(() => Community = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
