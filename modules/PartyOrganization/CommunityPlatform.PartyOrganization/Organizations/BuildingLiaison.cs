using CommunityPlatform.Domain;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>The Party-building liaison (党建联络员) of one building: one per building, a member of this community.</summary>
public sealed class BuildingLiaison : CommunityAggregate
{
    private BuildingLiaison()
    {
    }

    public BuildingLiaison(Guid buildingId, Guid memberId)
    {
        BuildingId = buildingId;
        MemberId = memberId;
    }

    public Guid BuildingId { get; private set; }
    public Guid MemberId { get; private set; }

    public void Hand(Guid memberId) => MemberId = memberId;
}
