using CommunityPlatform.Domain;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>
/// An application in a round: a resident of the community or an outsider. Its grounds and score are set when the
/// round is ranked, its rank, stall or waiting place from the allocation; eligibility decided by staff keeps its reason.
/// </summary>
public sealed class StallApplication : CommunityAggregate
{
    private StallApplication()
    {
    }

    public StallApplication(Guid roundId, int number, Guid? residentId, string name, string? idNumber, string? creditCode, string phone, string goods,
        string? preferredZone, Guid? vendorId)
    {
        (RoundId, Number, ResidentId, VendorId) = (roundId, number, residentId, vendorId);
        Name = name.Trim();
        IdNumber = idNumber;
        CreditCode = creditCode;
        Phone = phone.Trim();
        Goods = goods.Trim();
        PreferredZone = string.IsNullOrWhiteSpace(preferredZone) ? null : preferredZone.Trim();
        Eligible = true;
    }

    public Guid RoundId { get; private set; }

    /// <summary>1, 2, 3… in the order received: the lottery hashes this number with the seed.</summary>
    public int Number { get; private set; }

    public Guid? ResidentId { get; private set; }
    public string Name { get; private set; } = "";
    public string? IdNumber { get; private set; }
    public string? CreditCode { get; private set; }
    public string Phone { get; private set; } = "";
    public string Goods { get; private set; } = "";
    public string? PreferredZone { get; private set; }
    public Guid? VendorId { get; private set; }

    /// <summary>Never held a stall of this market: the round keeps a share for such vendors.</summary>
    public bool NewVendor => VendorId is null;

    public bool Eligible { get; private set; }
    public string? IneligibleReason { get; private set; }
    public IReadOnlyList<PriorityGround> Grounds { get; private set; } = [];
    public int YellowCards { get; private set; }
    public int Score { get; private set; }
    public int? LotteryOrder { get; private set; }
    public int? Rank { get; private set; }
    public ApplicationOutcome Outcome { get; private set; }
    public Guid? StallId { get; private set; }
    public int? WaitingPosition { get; private set; }

    /// <summary>A low-income, zero-employment or difficulty household: the reports count the stalls these hold.</summary>
    public bool PriorityHousehold => Grounds.Any(g => g is PriorityGround.LowIncome or PriorityGround.ZeroEmploymentHousehold or PriorityGround.Difficulty);

    public void Decide(bool eligible, string? reason)
    {
        Eligible = eligible;
        IneligibleReason = eligible ? null : reason?.Trim();
        if (!eligible) Place(ApplicationOutcome.Ineligible, null, null, null, null);
    }

    public void Scored(IReadOnlyList<PriorityGround> grounds, int yellowCards, int score) => (Grounds, YellowCards, Score) = (grounds, yellowCards, score);

    public void Place(ApplicationOutcome outcome, int? rank, int? lotteryOrder, Guid? stallId, int? waitingPosition) =>
        (Outcome, Rank, LotteryOrder, StallId, WaitingPosition) = (outcome, rank, lotteryOrder, stallId, waitingPosition);
}
