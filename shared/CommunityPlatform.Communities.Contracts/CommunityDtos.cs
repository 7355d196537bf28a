using CommunityPlatform.Application;
using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.Communities;

public sealed record DistrictDto(Guid Id, string Code, string Name);

public sealed record StreetDto(Guid Id, string Code, string Name, Guid DistrictId, string DistrictName, int Communities, string ConcurrencyStamp);

/// <summary>A community with the profile facts its report gives.</summary>
public sealed record CommunityDto(
    Guid Id,
    string Code,
    string Name,
    Guid StreetId,
    string StreetName,
    CommunityProfileDto Profile,
    bool HasOwnDatabase,
    string ConcurrencyStamp);

public sealed record CommunityProfileDto(
    double? AreaKm2,
    int? Households,
    int? RegisteredPopulation,
    int? ResidentPopulation,
    int? EthnicGroups,
    int? StaffCount,
    IReadOnlyList<string> Honours);

public class CommunityProfileRequest
{
    [Range(0d, 10_000d)] public double? AreaKm2 { get; init; }
    [Range(0, 10_000_000)] public int? Households { get; init; }
    [Range(0, 10_000_000)] public int? RegisteredPopulation { get; init; }
    [Range(0, 10_000_000)] public int? ResidentPopulation { get; init; }
    [Range(0, 56)] public int? EthnicGroups { get; init; }
    [Range(0, 10_000)] public int? StaffCount { get; init; }
    /// <summary>Up to 20 honours of up to 30 characters: stored as one JSON column, which this bounds.</summary>
    [MaxLength(20), ItemLength(30)] public IReadOnlyList<string>? Honours { get; init; }
}

public sealed class CreateCommunityRequest
{
    /// <summary>Short code used in URLs and <c>X-Community</c>: lower-case letters, digits and hyphens.</summary>
    [Required, RegularExpression("^[a-z][a-z0-9-]{1,31}$")] public string? Code { get; init; }
    [Required, StringLength(64, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public Guid? StreetId { get; init; }
    public CommunityProfileRequest? Profile { get; init; }

    /// <summary>Modules to switch on from the start; platform modules are always on.</summary>
    public IReadOnlyList<string>? Modules { get; init; }
}

public sealed class UpdateCommunityRequest
{
    [Required, StringLength(64, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public Guid? StreetId { get; init; }
    public CommunityProfileRequest? Profile { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class CreateStreetRequest
{
    [Required, RegularExpression("^[a-z][a-z0-9-]{1,31}$")] public string? Code { get; init; }
    [Required, StringLength(64, MinimumLength = 2)] public string? Name { get; init; }
    [Required] public Guid? DistrictId { get; init; }
}

public sealed class CreateDistrictRequest
{
    [Required, RegularExpression("^[a-z][a-z0-9-]{1,31}$")] public string? Code { get; init; }
    [Required, StringLength(64, MinimumLength = 2)] public string? Name { get; init; }
}

/// <summary>An installed module as the catalogue and a community's switches show it.</summary>
public sealed record ModuleDto(string Name, string Title, string EnglishTitle, string Version, bool IsPlatform, IReadOnlyList<string> DependsOn);

public sealed record ModuleSwitchDto(string Name, string Title, string EnglishTitle, bool Enabled, bool IsPlatform, IReadOnlyList<string> DependsOn);

public sealed record ModuleSwitchChangeDto(string Module, bool Enabled, Guid? ChangedBy, string? ChangedByName, DateTime ChangedAt);

/// <summary>
/// Gives a community its own database (same provider as the host). While the community has rows in the shared
/// database the assignment is refused unless <see cref="Move"/> is true; a move copies every module's rows and
/// checks the counts before the community is switched over.
/// </summary>
public sealed class AssignDatabaseRequest
{
    [Required, StringLength(1000, MinimumLength = 5)] public string? ConnectionString { get; init; }
    public bool Move { get; init; }
}

public sealed record CommunityDatabaseDto(bool HasOwnDatabase, IReadOnlyDictionary<string, int> MovedRows);

public sealed record AuditEntryDto(
    Guid Id, DateTime At, Guid? CommunityId, Guid? AccountId, string? AccountName, string Action, string Subject, string? EntityId, string? Detail);

/// <summary>Filters of the audit trail; newest first. The community comes from <c>X-Community</c> (or the account's own).</summary>
public sealed class AuditQuery : CommunityPlatform.Application.PageQuery
{
    public Guid? AccountId { get; init; }

    /// <summary>The account's sign-in name as the trail recorded it (<c>system</c> for seeding).</summary>
    [StringLength(64)] public string? AccountName { get; init; }

    /// <summary>The act alone (<c>Created</c>, <c>Account.SignedIn</c>).</summary>
    [StringLength(200)] public string? Action { get; init; }

    /// <summary>Entity type (<c>Resident</c>) or act (<c>Account.SignedIn</c>).</summary>
    [StringLength(200)] public string? Subject { get; init; }
    [StringLength(64)] public string? EntityId { get; init; }
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
}
