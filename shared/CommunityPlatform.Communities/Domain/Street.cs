using CommunityPlatform.Domain;

namespace CommunityPlatform.Communities.Domain;

/// <summary>街道: a street office of a district; its supervisors read the reports of its communities.</summary>
public sealed class Street : AuditedAggregate
{
    private Street()
    {
    }

    public Street(string code, string name, Guid districtId)
    {
        Code = code;
        Name = name;
        DistrictId = districtId;
    }

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public Guid DistrictId { get; private set; }
}
