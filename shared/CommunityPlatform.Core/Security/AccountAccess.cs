using System.Collections.Frozen;

namespace CommunityPlatform.Security;

/// <summary>
/// What one account may see and do, computed once from its grants and kept in memory until a grant changes:
/// the request path checks communities and permissions without touching the database.
/// </summary>
public sealed class AccountAccess(
    Guid accountId,
    string userName,
    AccountKind kind,
    Guid? streetId,
    FrozenDictionary<Guid, FrozenSet<string>> permissionsByCommunity,
    FrozenSet<string> allPermissions,
    string securityStamp,
    bool mustChangePassword)
{
    public Guid AccountId { get; } = accountId;
    public string UserName { get; } = userName;
    public AccountKind Kind { get; } = kind;
    public Guid? StreetId { get; } = streetId;

    /// <summary>Communities the account may see, except for city accounts which see all.</summary>
    public IReadOnlyCollection<Guid> Communities => permissionsByCommunity.Keys;

    public bool IsReadOnly => Kind is AccountKind.Street or AccountKind.Display;

    /// <summary>
    /// A street or city account (or a street's display): it oversees communities rather than working in one (sensitive
    /// categories as counts, figures across its communities).
    /// </summary>
    public bool Oversees => Kind is AccountKind.Street or AccountKind.City or AccountKind.Display;

    /// <summary>A display account: only the endpoints meant for the wall display answer it.</summary>
    public bool IsDisplay => Kind == AccountKind.Display;

    // The account's security stamp changes whenever the password is changed or reset, the account is disabled or its
    // grants change. A token or a console session carries a digest of the stamp it was issued with; one that no longer
    // matches is refused. Only the digest is kept: it is all a request compares.
    private readonly string stampDigest = SecurityStamps.Digest(securityStamp);

    /// <summary>Someone else chose the password: until the person chooses their own, they may do nothing else.</summary>
    public bool MustChangePassword { get; } = mustChangePassword;

    /// <summary>Whether a token or session carrying <paramref name="digest"/> (<see cref="SecurityStamps.Digest"/>) still speaks for this account.</summary>
    public bool IsCurrent(string? digest) => digest is not null && SecurityStamps.Same(digest, stampDigest);

    public bool CanSee(Guid communityId) => Kind == AccountKind.City || permissionsByCommunity.ContainsKey(communityId);

    public bool Has(Guid? communityId, string permission) =>
        Kind == AccountKind.City
            ? allPermissions.Contains(permission)
            : communityId is { } community && permissionsByCommunity.TryGetValue(community, out var set) && set.Contains(permission);

    /// <summary>
    /// Whether the account holds <paramref name="permission"/> over the communities it oversees, with none chosen: a city
    /// account over all, a street account where its street's communities give it (they all hold the same street set).
    /// A community account holds nothing across communities.
    /// </summary>
    public bool HasAcross(string permission) => Kind switch
    {
        AccountKind.City => allPermissions.Contains(permission),
        AccountKind.Street or AccountKind.Display => permissionsByCommunity.Values.Any(set => set.Contains(permission)),
        _ => false,
    };

    public IReadOnlySet<string> PermissionsIn(Guid communityId) =>
        Kind == AccountKind.City ? allPermissions
        : permissionsByCommunity.TryGetValue(communityId, out var set) ? set : FrozenSet<string>.Empty;
}
