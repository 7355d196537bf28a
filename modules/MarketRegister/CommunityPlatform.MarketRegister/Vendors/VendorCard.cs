using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Vendors;

/// <summary>A yellow or red card given to a vendor, with its points and why; the vendor's file carries the counts.</summary>
public sealed class VendorCard : CommunityAggregate
{
    private VendorCard()
    {
    }

    public VendorCard(Guid vendorId, CardColor color, int points, string reason, DateOnly on, Guid? inspectionId) =>
        (VendorId, Color, Points, Reason, On, InspectionId) = (vendorId, color, points, reason.Trim(), on, inspectionId);

    public Guid VendorId { get; private set; }
    public CardColor Color { get; private set; }
    public int Points { get; private set; }
    public string Reason { get; private set; } = "";
    public DateOnly On { get; private set; }
    public Guid? InspectionId { get; private set; }
}
