using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Scales;

/// <summary>
/// A re-weigh at the fair scale (复称): what the vendor said it weighed and what the scale measured. Short by more than
/// the tolerance — 1 % of the stated weight, at least 5 g — it counts against the vendor's credit.
/// </summary>
public sealed class Reweigh : CommunityAggregate
{
    /// <summary>Points against the vendor for a re-weigh out of tolerance.</summary>
    public const int Points = 2;

    private Reweigh()
    {
    }

    public Reweigh(Guid marketId, Guid? scaleId, Guid? vendorId, Guid? stallId, string goods, int statedGrams, int measuredGrams, string? outcome, DateTime at, Guid? complaintId)
    {
        (MarketId, ScaleId, VendorId, StallId, StatedGrams, MeasuredGrams, At, ComplaintId) = (marketId, scaleId, vendorId, stallId, statedGrams, measuredGrams, at, complaintId);
        Goods = goods.Trim();
        Outcome = outcome?.Trim();
        OutOfTolerance = statedGrams - measuredGrams > Tolerance(statedGrams);
    }

    public Guid MarketId { get; private set; }
    public Guid? ScaleId { get; private set; }
    public Guid? VendorId { get; private set; }
    public Guid? StallId { get; private set; }
    public string Goods { get; private set; } = "";
    public int StatedGrams { get; private set; }
    public int MeasuredGrams { get; private set; }
    public bool OutOfTolerance { get; private set; }
    public string? Outcome { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ComplaintId { get; private set; }

    public int DeviationGrams => MeasuredGrams - StatedGrams;

    public static int Tolerance(int statedGrams) => Math.Max(5, statedGrams / 100);
}
