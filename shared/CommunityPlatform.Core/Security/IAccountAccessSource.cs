namespace CommunityPlatform.Security;

/// <summary>Answers an account's access from memory, loading it once per account; the Identity module implements it.</summary>
public interface IAccountAccessSource
{
    ValueTask<AccountAccess?> GetAsync(Guid accountId, CancellationToken cancellationToken);

    /// <summary>Forgets one account's access, or every account's when <paramref name="accountId"/> is null (a community or role changed).</summary>
    void Invalidate(Guid? accountId = null);

    /// <summary>
    /// Forgets the access of the street accounts of one street, whose communities changed. A community account's
    /// access names its communities by grant, so a new community cannot change it: creating one costs no reload of all.
    /// </summary>
    void InvalidateStreet(Guid streetId);
}
