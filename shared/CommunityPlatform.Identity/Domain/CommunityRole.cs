using CommunityPlatform.Domain;

namespace CommunityPlatform.Identity.Domain;

/// <summary>A role a community defines for itself beside the module templates, e.g. 综治专干 with a hand-picked set of permissions.</summary>
public sealed class CommunityRole : AuditedAggregate
{
    private CommunityRole()
    {
    }

    public CommunityRole(Guid communityId, string name, string title, IReadOnlyList<string> permissions)
    {
        CommunityId = communityId;
        Name = name;
        Title = title;
        Permissions = permissions;
    }

    public Guid CommunityId { get; private set; }
    public string Name { get; private set; } = "";
    public string Title { get; private set; } = "";
    public IReadOnlyList<string> Permissions { get; private set; } = [];
}
