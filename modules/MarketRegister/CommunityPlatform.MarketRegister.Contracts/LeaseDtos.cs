using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.MarketRegister;

/// <summary>draft → active (signed and the deposit paid) → renewed | expired → deposit refunded; or terminated on exit or breach. Expiring is an active lease within 30 days of its end.</summary>
public enum LeaseState
{
    Draft,
    Active,
    Renewed,
    Expired,
    Terminated,
}

public enum LeaseAction
{
    Sign,
    Renew,
    Expire,
    Terminate,
    RefundDeposit,
}

/// <summary>Why a lease ended early: the vendor left, or broke the rules (cheating the scale; two or more upheld complaints).</summary>
public enum TerminationKind
{
    Exit,
    Breach,
}

public sealed record LeaseDto(
    Guid Id, Guid StallId, string StallNumber, Guid VendorId, string Vendor, DateOnly StartsOn, DateOnly EndsOn, long MonthlyRentFen, long ManagementFen,
    long CleaningFen, long DepositFen, LeaseState State, bool Expiring, DateOnly? SignedOn, DateOnly? DepositRefundedOn, TerminationKind? TerminationKind,
    string? TerminationReason, Guid? RenewedAsId, string ConcurrencyStamp);

public sealed class LeaseRequest
{
    [Required] public Guid? StallId { get; init; }
    [Required] public Guid? VendorId { get; init; }
    [Required] public DateOnly? StartsOn { get; init; }
    [Required] public DateOnly? EndsOn { get; init; }

    /// <summary>Defaults to the stall's rent.</summary>
    [Range(typeof(long), "0", "100000000")] public long? MonthlyRentFen { get; init; }

    [Required, Range(typeof(long), "0", "100000000")] public long? ManagementFen { get; init; }
    [Required, Range(typeof(long), "0", "100000000")] public long? CleaningFen { get; init; }
    [Required, Range(typeof(long), "0", "100000000")] public long? DepositFen { get; init; }
}

public sealed class LeaseStepRequest
{
    [Required] public LeaseAction? Action { get; init; }

    /// <summary>When it happened; defaults to today.</summary>
    public DateOnly? On { get; init; }

    /// <summary>Renew: the new end.</summary>
    public DateOnly? EndsOn { get; init; }

    /// <summary>Terminate: exit or breach, with the reason.</summary>
    public TerminationKind? Kind { get; init; }

    [StringLength(500)] public string? Reason { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class LeaseQuery : PageQuery
{
    public LeaseState? State { get; init; }

    /// <summary>Active leases ending within this many days (the 30-day reminder).</summary>
    [Range(0, 366)] public int? EndingWithinDays { get; init; }
}

public enum BillKind
{
    Rent,
    Management,
    Cleaning,
    Utilities,
}

public sealed record BillDto(Guid Id, Guid LeaseId, Guid VendorId, string Vendor, string StallNumber, DateOnly Month, BillKind Kind, long AmountFen, long PaidFen,
    long OwedFen, DateOnly DueOn, bool Overdue, string ConcurrencyStamp);

/// <summary>Bills of the month for every active lease: rent, management and cleaning (utilities are billed one by one as read).</summary>
public sealed class IssueBillsRequest
{
    /// <summary>Any day of the month billed.</summary>
    [Required] public DateOnly? Month { get; init; }
}

public sealed class UtilityBillRequest
{
    [Required] public Guid? LeaseId { get; init; }
    [Required] public DateOnly? Month { get; init; }
    [Required, Range(typeof(long), "1", "100000000")] public long? AmountFen { get; init; }
}

public sealed class PaymentRequest
{
    [Required, Range(typeof(long), "1", "100000000")] public long? AmountFen { get; init; }
    public DateOnly? On { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class BillQuery : PageQuery
{
    public Guid? VendorId { get; init; }

    /// <summary>Only bills not fully paid.</summary>
    public bool? Owing { get; init; }
}

public sealed record IssuedBills(DateOnly Month, int Issued, long AmountFen);
