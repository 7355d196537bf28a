using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.MarketRegister.Leases;

/// <summary>One month's charge of a lease (rent, management, cleaning or utilities) in fen, with what has been paid; due on the 10th.</summary>
public sealed class Bill : CommunityAggregate
{
    private Bill()
    {
    }

    public Bill(Guid leaseId, Guid vendorId, Guid stallId, DateOnly month, BillKind kind, long amountFen) =>
        (LeaseId, VendorId, StallId, Month, Kind, AmountFen) = (leaseId, vendorId, stallId, new DateOnly(month.Year, month.Month, 1), kind, amountFen);

    public Guid LeaseId { get; private set; }
    public Guid VendorId { get; private set; }
    public Guid StallId { get; private set; }
    public DateOnly Month { get; private set; }
    public BillKind Kind { get; private set; }
    public long AmountFen { get; private set; }
    public long PaidFen { get; private set; }
    public DateOnly? PaidOn { get; private set; }

    public DateOnly DueOn => Month.AddDays(9);

    public long OwedFen => AmountFen - PaidFen;

    public void Pay(long amountFen, DateOnly on)
    {
        if (amountFen > OwedFen) throw new BusinessRuleException(MarketErrors.Overpaid);
        PaidFen += amountFen;
        PaidOn = on;
    }
}
