using CommunityPlatform.Domain;

namespace CommunityPlatform.Communities.Domain;

/// <summary>区/县: a district of the city.</summary>
public sealed class District : AuditedAggregate
{
    private District()
    {
    }

    public District(string code, string name)
    {
        Code = code;
        Name = name;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
}
