using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Markets;

/// <summary>
/// A stall (摊位) of a market. Who holds a let stall is kept beside it — the name, and whether the holder is a resident
/// or of a low-income or difficulty household — so that the reports need not read the registry again.
/// </summary>
public sealed class Stall : CommunityAggregate
{
    private Stall()
    {
    }

    public Stall(Guid marketId, string number, string zone, decimal areaM2, bool corner, string category, long monthlyRentFen)
    {
        MarketId = marketId;
        Number = number.Trim();
        Change(zone, areaM2, corner, category, monthlyRentFen);
    }

    public Guid MarketId { get; private set; }
    public string Number { get; private set; } = "";
    public string Zone { get; private set; } = "";
    public decimal AreaM2 { get; private set; }
    public bool Corner { get; private set; }
    public string Category { get; private set; } = "";
    public long MonthlyRentFen { get; private set; }
    public StallState State { get; private set; }
    public string? HolderName { get; private set; }
    public Guid? HolderVendorId { get; private set; }
    public bool HeldByResident { get; private set; }
    public bool HeldByPriorityHousehold { get; private set; }

    public void Change(string zone, decimal areaM2, bool corner, string category, long monthlyRentFen)
    {
        Zone = zone.Trim();
        AreaM2 = areaM2;
        Corner = corner;
        Category = category.Trim();
        MonthlyRentFen = monthlyRentFen;
    }

    /// <summary>By hand: vacant, reserved or closed. A let stall given back by hand is vacant again.</summary>
    public void Mark(StallState state)
    {
        State = state;
        if (state != StallState.Let) (HolderName, HolderVendorId, HeldByResident, HeldByPriorityHousehold) = (null, null, false, false);
    }

    /// <summary>Reserved for a round while its result is on notice.</summary>
    public void Reserve() => State = StallState.Reserved;

    public void LetTo(Guid vendorId, string holderName, bool resident, bool priorityHousehold)
    {
        State = StallState.Let;
        (HolderVendorId, HolderName, HeldByResident, HeldByPriorityHousehold) = (vendorId, holderName, resident, priorityHousehold);
    }
}
