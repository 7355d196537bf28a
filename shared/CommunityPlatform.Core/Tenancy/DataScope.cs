namespace CommunityPlatform.Tenancy;

/// <summary>
/// The community and account a unit of work acts for, one per request or job. The data layer filters by
/// <see cref="CommunityId"/> and stamps it on insert; background work sets it with <see cref="Enter"/>.
/// </summary>
public sealed class DataScope
{
    public Guid? CommunityId { get; private set; }
    public string? CommunityCode { get; private set; }
    public Guid? AccountId { get; set; }

    public void SetCommunity(CommunityInfo? community)
    {
        CommunityId = community?.Id;
        CommunityCode = community?.Code;
    }

    /// <summary>Acts for another community until the returned handle is disposed.</summary>
    public IDisposable Enter(CommunityInfo community)
    {
        var (id, code) = (CommunityId, CommunityCode);
        SetCommunity(community);
        return new Restore(() => (CommunityId, CommunityCode) = (id, code));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
