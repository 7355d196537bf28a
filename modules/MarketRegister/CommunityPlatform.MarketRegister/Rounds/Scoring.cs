using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>The community's weights for the grounds of an application, and the share kept for new vendors; one per community.</summary>
public sealed class Scoring : CommunityAggregate
{
    public int Resident { get; set; } = 40;
    public int LowIncome { get; set; } = 30;
    public int ZeroEmploymentHousehold { get; set; } = 30;
    public int Difficulty { get; set; } = 20;
    public int Disabled { get; set; } = 20;
    public int CleanRenewal { get; set; } = 10;

    /// <summary>Taken off per yellow card.</summary>
    public int PerYellowCard { get; set; } = 10;

    public int NewVendorSharePercent { get; set; } = 10;

    public int Weight(PriorityGround ground) => ground switch
    {
        PriorityGround.Resident => Resident,
        PriorityGround.LowIncome => LowIncome,
        PriorityGround.ZeroEmploymentHousehold => ZeroEmploymentHousehold,
        PriorityGround.Difficulty => Difficulty,
        PriorityGround.Disabled => Disabled,
        _ => CleanRenewal,
    };

    public int Score(IEnumerable<PriorityGround> grounds, int yellowCards) => grounds.Distinct().Sum(Weight) - PerYellowCard * yellowCards;
}
