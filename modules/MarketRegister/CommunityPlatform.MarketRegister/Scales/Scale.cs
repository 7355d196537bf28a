using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Scales;

/// <summary>A fair scale (公平秤) of the re-weigh desk; a scale past its calibration is due for the metrology office.</summary>
public sealed class Scale : CommunityAggregate
{
    private Scale()
    {
    }

    public Scale(Guid marketId, string name, DateOnly calibratedUntil) => (MarketId, Name, CalibratedUntil) = (marketId, name.Trim(), calibratedUntil);

    public Guid MarketId { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly CalibratedUntil { get; private set; }

    public void Change(string name, DateOnly calibratedUntil) => (Name, CalibratedUntil) = (name.Trim(), calibratedUntil);
}
