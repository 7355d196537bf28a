namespace CommunityPlatform.Residents;

/// <summary>A household as a building's roster shows it: where, whose tenure, what tags.</summary>
public sealed record RosterHousehold(Guid Id, Guid BuildingId, string Address, string? Dwelling, Tenure Tenure, IReadOnlyList<HouseholdTag> Tags);

/// <summary>
/// A living resident as a building's roster shows it, with how they live here (registered, permanent, mobile) and how
/// they stand to the household's head (a picker names a household by its head).
/// </summary>
public sealed record RosterResident(
    Guid Id, string Name, Gender? Gender, DateOnly? BirthDate, Guid? HouseholdId, Guid BuildingId, ResidenceType ResidenceType, IReadOnlyList<ResidentTag> Tags,
    RelationToHead? RelationToHead = null);

public sealed record BuildingRoster(IReadOnlyList<RosterHousehold> Households, IReadOnlyList<RosterResident> Residents);

/// <summary>
/// Everyone living in some buildings of the current community, for files kept per area of a community. ID numbers
/// and phones are not part of it.
/// </summary>
public interface IBuildingRosters
{
    Task<BuildingRoster> GetAsync(IReadOnlyCollection<Guid> buildingIds, CancellationToken cancellationToken);
}
