using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

/// <summary>
/// A vendor's file. ID number and credit code masked; the health certificate's expiry only with
/// <c>Market.ViewSensitive</c> (null otherwise); the credit level A–D from the points against it.
/// </summary>
public sealed record VendorDto(
    Guid Id, string Name, Guid? ResidentId, string? IdNumber, string? CreditCode, string Phone, string Goods, string? Source, Guid? StallId, string? StallNumber,
    string? BadgeNumber, DateOnly? BadgeValidUntil, DateOnly? LicenceExpiresOn, DateOnly? FoodPermitExpiresOn, DateOnly? HealthCertExpiresOn,
    int YellowCards, int RedCards, int Points, string CreditLevel, DateOnly? LeftOn, string ConcurrencyStamp);

public sealed class VendorRequest
{
    public Guid? ResidentId { get; init; }
    [Required, StringLength(50, MinimumLength = 2)] public string? Name { get; init; }
    [StringLength(18, MinimumLength = 15)] public string? IdNumber { get; init; }
    [RegularExpression("^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")] public string? CreditCode { get; init; }
    [Required, RegularExpression("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")] public string? Phone { get; init; }
    [Required, StringLength(100, MinimumLength = 1)] public string? Goods { get; init; }

    /// <summary>Where the goods come from (进货来源).</summary>
    [StringLength(100)] public string? Source { get; init; }

    public DateOnly? LicenceExpiresOn { get; init; }
    public DateOnly? FoodPermitExpiresOn { get; init; }

    /// <summary>Sensitive (health): kept only when the account may see it; otherwise the stored one stays.</summary>
    public DateOnly? HealthCertExpiresOn { get; init; }

    public string? ConcurrencyStamp { get; init; }
}

public sealed class VendorQuery : PageQuery
{
    /// <summary>Only vendors holding a stall now (default), or also those who left.</summary>
    public bool? IncludeLeft { get; init; }

    [StringLength(50)] public string? Name { get; init; }
}

/// <summary>A vendor leaving the market: the stall is vacant again; the file is kept at least six months.</summary>
public sealed class VendorLeaveRequest
{
    [Required] public DateOnly? On { get; init; }
    [Required, StringLength(500, MinimumLength = 2)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>The public card behind a badge's QR code: masked name, stall, goods and credit level — nothing else.</summary>
public sealed record VendorCardDto(string BadgeNumber, string Community, string Market, string Name, string? Stall, string Goods, string CreditLevel, DateOnly? ValidUntil);

public enum CertificateKind
{
    Licence,
    FoodPermit,
    HealthCertificate,
    Badge,
}

/// <summary>A certificate of a vendor that has expired or expires within the days asked for; health certificates only with <c>Market.ViewSensitive</c>.</summary>
public sealed record ExpiringCertificate(Guid VendorId, string Vendor, string? Stall, CertificateKind Kind, DateOnly ExpiresOn, bool Expired);

public enum CardColor
{
    Yellow,
    Red,
}

/// <summary>A yellow or red card against a vendor, with its points and reason (from an inspection or a complaint).</summary>
public sealed record VendorCardRecordDto(Guid Id, Guid VendorId, string Vendor, CardColor Color, int Points, string Reason, DateOnly On, Guid? InspectionId);

public sealed class CardRequest
{
    [Required] public Guid? VendorId { get; init; }
    [Required] public CardColor? Color { get; init; }
    [Required, Range(1, 12)] public int? Points { get; init; }
    [Required, StringLength(500, MinimumLength = 2)] public string? Reason { get; init; }
    public DateOnly? On { get; init; }
    public Guid? InspectionId { get; init; }
}

/// <summary>A fair scale (公平秤) at the re-weigh desk, with its calibration's expiry.</summary>
public sealed record ScaleDto(Guid Id, Guid MarketId, string Name, DateOnly CalibratedUntil, bool CalibrationDue, string ConcurrencyStamp);

public sealed class ScaleRequest
{
    [Required] public Guid? MarketId { get; init; }
    [Required, StringLength(50, MinimumLength = 1)] public string? Name { get; init; }
    [Required] public DateOnly? CalibratedUntil { get; init; }
    public string? ConcurrencyStamp { get; init; }
}

/// <summary>A re-weigh at the fair scale: stated and measured grams; short beyond the tolerance counts against the vendor's credit.</summary>
public sealed record ReweighDto(
    Guid Id, Guid MarketId, Guid? ScaleId, Guid? VendorId, string? Vendor, Guid? StallId, string Goods, int StatedGrams, int MeasuredGrams, int DeviationGrams,
    int ToleranceGrams, bool OutOfTolerance, string? Outcome, DateTime At, Guid? ComplaintId);

public sealed class ReweighRequest
{
    [Required] public Guid? MarketId { get; init; }
    public Guid? ScaleId { get; init; }
    public Guid? StallId { get; init; }
    [Required, StringLength(50, MinimumLength = 1)] public string? Goods { get; init; }
    [Required, Range(1, 1_000_000)] public int? StatedGrams { get; init; }
    [Required, Range(0, 1_000_000)] public int? MeasuredGrams { get; init; }
    [StringLength(200)] public string? Outcome { get; init; }
    public DateTime? At { get; init; }
}

public sealed class ReweighQuery : PageQuery
{
    public Guid? VendorId { get; init; }
    public bool? OutOfTolerance { get; init; }
}
