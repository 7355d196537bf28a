using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.Residents;

public sealed record BuildingDto(Guid Id, string Number, string? Name, int Units, int Floors, int Households, string ConcurrencyStamp);

public sealed class BuildingRequest
{
    /// <summary>The building's number as the community writes it, e.g. <c>12</c> or <c>12-3</c>.</summary>
    [Required, StringLength(16, MinimumLength = 1)] public string? Number { get; init; }
    [StringLength(64)] public string? Name { get; init; }
    [Range(1, 50)] public int Units { get; init; } = 1;
    [Range(1, 120)] public int Floors { get; init; } = 1;

    /// <summary>Required on update: the stamp the client read.</summary>
    public string? ConcurrencyStamp { get; init; }
}

public sealed record HouseholdDto(
    Guid Id, Guid? BuildingId, string? BuildingNumber, string Address, string? Dwelling, Tenure Tenure,
    IReadOnlyList<HouseholdTag> Tags, int Members, string ConcurrencyStamp);

public sealed class HouseholdRequest
{
    public Guid? BuildingId { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Address { get; init; }

    /// <summary>Unit and room, e.g. <c>2单元301</c>.</summary>
    [StringLength(32)] public string? Dwelling { get; init; }
    public Tenure Tenure { get; init; } = Tenure.Owned;
    [MaxLength(10)] public IReadOnlyList<HouseholdTag>? Tags { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed class HouseholdQuery : PageQuery
{
    public Guid? BuildingId { get; init; }
    public HouseholdTag? Tag { get; init; }
    [StringLength(200)] public string? Address { get; init; }
}

/// <summary>
/// A resident. <c>idNumber</c> is always masked (<c>340402********1234</c>), for every account, in lists and single reads
/// alike; <c>GET /api/residents/people/{id}/id-number</c> gives it whole to an account holding Residents.ViewSensitive, audited.
/// </summary>
public sealed record ResidentDto(
    Guid Id,
    string Name,
    Gender? Gender,
    DateOnly? BirthDate,
    string? Ethnicity,
    string? EthnicityName,
    string? IdNumber,
    bool IdNumberMasked,
    string? Phone,
    Guid? HouseholdId,
    Guid? BuildingId,
    RelationToHead? RelationToHead,
    ResidenceType ResidenceType,
    ResidentStatus Status,
    DateOnly? StatusSince,
    IReadOnlyList<ResidentTag> Tags,
    string ConcurrencyStamp);

public sealed class ResidentRequest
{
    [Required, StringLength(50, MinimumLength = 1)] public string? Name { get; init; }

    /// <summary>Derived from the ID number when left out; must agree with it when given.</summary>
    public Gender? Gender { get; init; }
    public DateOnly? BirthDate { get; init; }

    /// <summary>GB 3304 code (<c>01</c>) or name (<c>汉族</c>).</summary>
    [StringLength(16)] public string? Ethnicity { get; init; }

    /// <summary>
    /// 18-character mainland ID or Hong Kong/Macau/Taiwan residence-permit number (GB 11643 check digit). On an update,
    /// the masked number a read gave keeps the stored one.
    /// </summary>
    [StringLength(18)] public string? IdNumber { get; init; }
    [StringLength(24)] public string? Phone { get; init; }
    public Guid? HouseholdId { get; init; }
    public RelationToHead? RelationToHead { get; init; }
    public ResidenceType ResidenceType { get; init; } = ResidenceType.Registered;
    [MaxLength(10)] public IReadOnlyList<ResidentTag>? Tags { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>One resident's whole ID number (null when none is recorded), as asked for on purpose and audited.</summary>
public sealed record ResidentIdNumberDto(string? IdNumber);

public sealed class ResidentStatusRequest
{
    [Required] public ResidentStatus? Status { get; init; }
    public DateOnly? Since { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class ResidentQuery : PageQuery
{
    /// <summary>Name prefix.</summary>
    [StringLength(50)] public string? Name { get; init; }
    [StringLength(18)] public string? IdNumber { get; init; }
    [StringLength(24)] public string? Phone { get; init; }
    public Guid? BuildingId { get; init; }
    public Guid? HouseholdId { get; init; }
    public ResidentTag? Tag { get; init; }
    public ResidentStatus? Status { get; init; }
    public ResidenceType? ResidenceType { get; init; }
}

/// <summary>What other modules may read of a resident (through <see cref="IResidentDirectory"/>); the ID number is always masked.</summary>
public sealed record ResidentSummary(Guid Id, string Name, Gender? Gender, DateOnly? BirthDate, Guid? HouseholdId, Guid? BuildingId, ResidentStatus Status, IReadOnlyList<ResidentTag> Tags);

/// <summary>What other modules may read of a building.</summary>
public sealed record BuildingSummary(Guid Id, string Number, string? Name, int Households);

/// <summary>What other modules may read of a household: where it is and what it is tagged with.</summary>
public sealed record HouseholdSummary(Guid Id, Guid? BuildingId, string Address, string? Dwelling, IReadOnlyList<HouseholdTag> Tags);

/// <summary>
/// Read the registry of the current community: by id (the second query of a cross-module read, never a join), by
/// name prefix for pickers, or page by page.
/// </summary>
public interface IResidentDirectory
{
    Task<IReadOnlyList<ResidentSummary>> GetManyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Living residents whose name starts with <paramref name="namePrefix"/>, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<ResidentSummary>> FindByNameAsync(string namePrefix, int take, CancellationToken cancellationToken);

    /// <summary>Living residents in registration order, a page at a time.</summary>
    Task<IReadOnlyList<ResidentSummary>> ListAsync(int skip, int take, CancellationToken cancellationToken);

    /// <summary>Buildings by id, or every building of the community when <paramref name="ids"/> is null, in number order.</summary>
    Task<IReadOnlyList<BuildingSummary>> GetBuildingsAsync(IEnumerable<Guid>? ids, CancellationToken cancellationToken);

    Task<IReadOnlyList<HouseholdSummary>> GetHouseholdsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);
}

/// <summary>A row of an import file that was not imported, and why (row numbers as Excel shows them, header is row 1).</summary>
public sealed record ImportRowError(int Row, string Field, string Message);

/// <summary>
/// The state of an Excel import: <c>queued</c>, <c>running</c>, <c>completed</c> or <c>failed</c>. A file with bad rows
/// imports nothing unless only the valid rows were asked for.
/// </summary>
public sealed record ImportJobDto(Guid Id, string State, int Total, int Processed, int Imported, bool OnlyValidRows, IReadOnlyList<ImportRowError> Errors, string? Failure);
