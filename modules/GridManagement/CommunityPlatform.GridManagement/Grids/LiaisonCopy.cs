using CommunityPlatform.Domain;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// The Party-building liaison (党建联络员) of a building, as the Party module last told. The Party module owns it;
/// this copy lets a grid show the liaisons of its buildings without asking, and works while that module is off.
/// </summary>
public sealed class LiaisonCopy : CommunityAggregate
{
    private LiaisonCopy()
    {
    }

    public LiaisonCopy(Guid buildingId, Guid memberId, Guid? residentId, string name)
    {
        BuildingId = buildingId;
        Hand(memberId, residentId, name);
    }

    public Guid BuildingId { get; private set; }
    public Guid MemberId { get; private set; }
    public Guid? ResidentId { get; private set; }
    public string Name { get; private set; } = "";

    public void Hand(Guid memberId, Guid? residentId, string name)
    {
        MemberId = memberId;
        ResidentId = residentId;
        Name = name;
    }
}
