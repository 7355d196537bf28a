using CommunityPlatform.Security;

namespace CommunityPlatform.Tenancy;

/// <summary>
/// Who acts, for which community, with which permissions and narrowing: one object per request or job, set once by
/// the endpoint policy (or by background work with <see cref="Enter"/>), read by services for permissions and by the
/// data layer for its query filters and stamps. How the audit trail records the work is a separate concern
/// (<c>AuditMode</c>).
/// </summary>
public sealed class RequestContext
{
    private Guid? accountId;
    private string? accountName;

    /// <summary>The signed-in account and what it may do; null for anonymous requests and for the system's own work.</summary>
    public AccountAccess? Access { get; set; }

    public bool IsSignedIn => Access is not null;

    /// <summary>
    /// A street or city account: it reads its communities' records as their secretary does, except that sensitive
    /// categories (低保, disability, difficulty, health) are shown as counts, never by name — a module masks them when this is set.
    /// </summary>
    public bool IsOversight => Access?.Oversees == true;

    /// <summary>The acting account: the signed-in one, or the one a sign-in is checking (for the audit trail).</summary>
    public Guid? AccountId
    {
        get => accountId ?? Access?.AccountId;
        set => accountId = value;
    }

    /// <summary>The acting account's user name, for the audit trail; null for the system (seeding, background work).</summary>
    public string? AccountName
    {
        get => accountName ?? Access?.UserName;
        set => accountName = value;
    }

    public CommunityInfo? Community { get; private set; }
    public Guid? CommunityId => Community?.Id;
    public string? CommunityCode => Community?.Code;

    /// <summary>How the audit trail records this unit of work (seeding, a bulk act, a copy); a request leaves it as it is.</summary>
    public AuditMode Audit { get; } = new();

    /// <summary>Records of a module this account is narrowed to (see <see cref="NarrowedAccess"/>); nothing is narrowed by default.</summary>
    public NarrowedAccess Narrowing { get; } = new();

    /// <summary>Whether the account holds <paramref name="permission"/> in the current community (city accounts hold all).</summary>
    public bool Has(string permission) => Access is not null && Access.Has(CommunityId, permission);

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
