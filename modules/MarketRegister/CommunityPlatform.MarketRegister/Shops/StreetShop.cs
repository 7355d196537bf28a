using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Shops;

/// <summary>A shop on the community's streets (沿街门店): in a building of the registry, with its operator, trade and licence.</summary>
public sealed class StreetShop : CommunityAggregate
{
    private StreetShop()
    {
    }

    public StreetShop(string name, Guid? buildingId, string address, string @operator, string? creditCode, string trade, DateOnly? licenceExpiresOn) =>
        Change(name, buildingId, address, @operator, creditCode, trade, licenceExpiresOn);

    public string Name { get; private set; } = "";
    public Guid? BuildingId { get; private set; }
    public string Address { get; private set; } = "";
    public string Operator { get; private set; } = "";
    public string? CreditCode { get; private set; }
    public string Trade { get; private set; } = "";
    public DateOnly? LicenceExpiresOn { get; private set; }

    public void Change(string name, Guid? buildingId, string address, string @operator, string? creditCode, string trade, DateOnly? licenceExpiresOn)
    {
        Name = name.Trim();
        BuildingId = buildingId;
        Address = address.Trim();
        Operator = @operator.Trim();
        CreditCode = creditCode?.Trim().ToUpperInvariant();
        Trade = trade.Trim();
        LicenceExpiresOn = licenceExpiresOn;
    }

    /// <summary>Expiring: within 30 days of <paramref name="today"/>.</summary>
    public LicenceState LicenceOn(DateOnly today) => LicenceExpiresOn switch
    {
        null => LicenceState.None,
        { } d when d < today => LicenceState.Expired,
        { } d when d <= today.AddDays(30) => LicenceState.Expiring,
        _ => LicenceState.Valid,
    };
}
