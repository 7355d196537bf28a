using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>
/// A vendor's file (经营户档案): who they are (ID number or credit code, shown masked), what they sell and where from,
/// their licences and health certificate (sensitive), their stall and badge (胸卡), and the cards and points against
/// their credit. Kept for at least six months after the vendor leaves (<see cref="LeftOn"/>).
/// </summary>
public sealed class Vendor : CommunityAggregate
{
    private Vendor()
    {
    }

    public Vendor(string name, Guid? residentId, string? idNumber, string? creditCode, string phone, string goods, string? source)
    {
        Name = name.Trim();
        ResidentId = residentId;
        IdNumber = idNumber;
        CreditCode = creditCode;
        Phone = phone.Trim();
        Goods = goods.Trim();
        Source = source?.Trim();
    }

    public string Name { get; private set; } = "";
    public Guid? ResidentId { get; private set; }
    public string? IdNumber { get; private set; }
    public string? CreditCode { get; private set; }
    public string Phone { get; private set; } = "";
    public string Goods { get; private set; } = "";

    /// <summary>Where the goods come from (进货来源).</summary>
    public string? Source { get; private set; }

    public bool Resident { get; set; }
    public bool PriorityHousehold { get; set; }
    public Guid? StallId { get; private set; }

    /// <summary>胸卡号 <c>{community}-XK-{n}</c>: the public card's address.</summary>
    public string? BadgeNumber { get; private set; }

    public DateOnly? BadgeValidUntil { get; private set; }
    public DateOnly? LicenceExpiresOn { get; set; }
    public DateOnly? FoodPermitExpiresOn { get; set; }
    public DateOnly? HealthCertExpiresOn { get; set; }
    public int YellowCards { get; private set; }
    public int RedCards { get; private set; }

    /// <summary>Points against the vendor's credit: cards and re-weighs out of tolerance.</summary>
    public int Points { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    /// <summary>A (no points), B (under 6), C (under 12), D.</summary>
    public string CreditLevel => Points switch { 0 => "A", < 6 => "B", < 12 => "C", _ => "D" };

    public void Change(string name, string phone, string goods, string? source)
    {
        Name = name.Trim();
        Phone = phone.Trim();
        Goods = goods.Trim();
        Source = source?.Trim();
    }

    public void TakeStall(Guid stallId, string badgeNumber, DateOnly validUntil)
    {
        StallId = stallId;
        BadgeNumber ??= badgeNumber;
        BadgeValidUntil = validUntil;
        LeftOn = null;
    }

    public void Leave(DateOnly on)
    {
        StallId = null;
        LeftOn = on;
    }

    public void Card(bool red, int points)
    {
        if (red) RedCards++;
        else YellowCards++;
        Points += points;
    }

    public void Deduct(int points) => Points += points;
}
