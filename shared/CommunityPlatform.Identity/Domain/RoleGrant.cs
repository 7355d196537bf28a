using CommunityPlatform.Domain;

namespace CommunityPlatform.Identity.Domain;

/// <summary>An account holds a role in a community. Role names are global templates or the community's own roles.</summary>
public sealed class RoleGrant : Entity
{
    private RoleGrant()
    {
    }

    public RoleGrant(Guid accountId, Guid communityId, string role)
    {
        AccountId = accountId;
        CommunityId = communityId;
        Role = role;
    }

    public Guid AccountId { get; private set; }
    public Guid CommunityId { get; private set; }
    public string Role { get; private set; } = "";
}
