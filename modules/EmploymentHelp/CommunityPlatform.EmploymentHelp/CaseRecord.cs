using CommunityPlatform.Domain;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>
/// A record about a person or household of the registry. It keeps the building they live in (the registry's key, not a
/// copy of the household) so the registry's own narrowing applies to it: a grid worker, who reads the registry only
/// for the buildings of their grids, sees these records only for the residents of those grids (一格一档), while the
/// labour officer, the secretary and the street read them whole.
/// </summary>
public abstract class CaseRecord : CommunityAggregate
{
    public Guid? BuildingId { get; private set; }

    public void Locate(Guid? buildingId) => BuildingId = buildingId;
}
