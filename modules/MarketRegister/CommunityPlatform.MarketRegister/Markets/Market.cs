using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Markets;

/// <summary>A market the community runs (集贸市场): its zones, hours, rules and the complaint phone on its notice board.</summary>
public sealed class Market : CommunityAggregate
{
    private Market()
    {
    }

    public Market(string name, string @operator, string address, IReadOnlyList<string> zones) => Change(name, @operator, address, zones);

    public string Name { get; private set; } = "";
    public string Operator { get; private set; } = "";
    public string Address { get; private set; } = "";
    public IReadOnlyList<string> Zones { get; private set; } = [];
    public string? OpeningHours { get; set; }
    public string? Rules { get; set; }
    public string? ComplaintPhone { get; set; }
    public string? NoticeBoard { get; set; }
    public long RenovationFen { get; set; }

    public void Change(string name, string @operator, string address, IReadOnlyList<string> zones)
    {
        Name = name.Trim();
        Operator = @operator.Trim();
        Address = address.Trim();
        Zones = zones.Select(z => z.Trim()).Where(z => z.Length > 0).Distinct().ToList();
    }
}
