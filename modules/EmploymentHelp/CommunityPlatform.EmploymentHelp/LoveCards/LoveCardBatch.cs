using CommunityPlatform.Domain;

namespace CommunityPlatform.EmploymentHelp.LoveCards;

/// <summary>爱心卡 handed out in one go: the community counts the cards, not a card per person.</summary>
public sealed class LoveCardBatch : CommunityAggregate
{
    private LoveCardBatch()
    {
    }

    public LoveCardBatch(DateOnly issuedOn, int cards, string recipients, string? offers)
    {
        IssuedOn = issuedOn;
        Cards = cards;
        Recipients = recipients;
        Offers = offers;
    }

    public DateOnly IssuedOn { get; private set; }
    public int Cards { get; private set; }
    public string Recipients { get; private set; } = "";
    public string? Offers { get; private set; }
}
