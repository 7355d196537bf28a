using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

/// <summary>营业执照: held and valid, expiring within 30 days, expired, or none.</summary>
public enum LicenceState
{
    Valid,
    Expiring,
    Expired,
    None,
}

/// <summary>沿街门店: a shop on the community's streets. The credit code is shown masked.</summary>
public sealed record ShopDto(
    Guid Id, string Name, Guid? BuildingId, string? Building, string Address, string Operator, string? CreditCode, string Trade, LicenceState Licence,
    DateOnly? LicenceExpiresOn, string ConcurrencyStamp);

public sealed class ShopRequest
{
    [Required, StringLength(100, MinimumLength = 1)] public string? Name { get; init; }

    /// <summary>A building of the registry (Residents); optional for a shop in no registered building.</summary>
    public Guid? BuildingId { get; init; }

    [Required, StringLength(200, MinimumLength = 2)] public string? Address { get; init; }
    [Required, StringLength(50, MinimumLength = 1)] public string? Operator { get; init; }

    /// <summary>统一社会信用代码, 18 characters.</summary>
    [RegularExpression("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")] public string? CreditCode { get; init; }

    [Required, StringLength(40, MinimumLength = 1)] public string? Trade { get; init; }
    public DateOnly? LicenceExpiresOn { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

public sealed class ShopQuery : PageQuery
{
    [StringLength(40)] public string? Trade { get; init; }
    public LicenceState? Licence { get; init; }
}
