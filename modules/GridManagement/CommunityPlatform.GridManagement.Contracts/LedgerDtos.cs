using CommunityPlatform.Residents;

namespace CommunityPlatform.GridManagement;

/// <summary>
/// One file per grid (一格一档), built live from the registry for the grid's buildings (an upper-level grid: those of
/// the grids below it): counts first, then the lists.
/// </summary>
public sealed record GridLedger(
    Guid GridId, string Code, string Name, GridLevel Level, LedgerCounts Counts, IReadOnlyList<LedgerGroup> SpecialGroups,
    IReadOnlyList<LedgerBuilding> Buildings, IReadOnlyList<LedgerHousehold> Households, IReadOnlyList<LedgerPerson> Residents,
    IReadOnlyList<LedgerHousehold> RentedHomes, IReadOnlyList<LedgerPerson> MobilePopulation, IReadOnlyList<LedgerPerson> KeyPersons);

public sealed record LedgerCounts(int Buildings, int Households, int Residents, int RentedHomes, int MobilePopulation, int KeyPersons);

/// <summary>A special group (低保, 残疾人, 困难党员, 失业人员, 独居老人 …) from the residents' tags, with its people.</summary>
public sealed record LedgerGroup(ResidentTag Tag, string Label, int Count, IReadOnlyList<LedgerPerson> People);

public sealed record LedgerBuilding(Guid Id, string Number, string? Name, int Households, int Residents);

/// <summary>
/// A household of the file; <c>householder</c> is its head's name when the registry names one, <c>label</c> what a
/// worker picks it by: building, dwelling and householder (<c>3号楼 1单元101 王秀英</c>).
/// </summary>
public sealed record LedgerHousehold(
    Guid Id, string Building, string Address, string? Dwelling, Tenure Tenure, IReadOnlyList<HouseholdTag> Tags, int Members, string? Householder = null, string Label = "");

public sealed record LedgerPerson(Guid Id, string Name, Gender? Gender, DateOnly? BirthDate, string Building, Guid? HouseholdId, ResidenceType ResidenceType, IReadOnlyList<ResidentTag> Tags);
