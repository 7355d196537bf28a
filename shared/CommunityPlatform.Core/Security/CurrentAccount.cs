namespace CommunityPlatform.Security;

/// <summary>The signed-in account of this request and what it may do in the request's community.</summary>
public sealed class CurrentAccount
{
    public AccountAccess? Access { get; set; }
    public Guid? CommunityId { get; set; }

    public bool IsSignedIn => Access is not null;
    public Guid? Id => Access?.AccountId;

    public bool Has(string permission) =>
        Access is not null && Access.Has(CommunityId, permission);
}
