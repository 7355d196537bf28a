namespace CommunityPlatform.PartyOrganization.Dues;

/// <summary>
/// The national rule for monthly Party dues, in fen. In service, by monthly income (after tax): up to 3,000 yuan 0.5 %,
/// above 3,000 to 5,000 1 %, above 5,000 to 10,000 1.5 %, above 10,000 2 %. Retired, by pension: up to 5,000 yuan
/// 0.5 %, above 1 %. Students, the unemployed and low-income members: 0.2 yuan. The rate applies to the whole income
/// (not in brackets); fractions of a fen round half up.
/// </summary>
public static class DuesRule
{
    public const long ReducedFen = 20;

    public static long MonthlyFen(DuesClass dues, long incomeFen) => dues switch
    {
        DuesClass.Reduced => ReducedFen,
        DuesClass.Pension => Percent(incomeFen, incomeFen <= 500_000 ? 5 : 10),
        _ => Percent(incomeFen, incomeFen switch
        {
            <= 300_000 => 5,
            <= 500_000 => 10,
            <= 1_000_000 => 15,
            _ => 20,
        }),
    };

    /// <summary>The class a category implies when the form does not say: retired members pay by pension, laid-off members the reduced rate.</summary>
    public static DuesClass DefaultFor(MemberCategory category) => category switch
    {
        MemberCategory.Retired => DuesClass.Pension,
        MemberCategory.LaidOff => DuesClass.Reduced,
        _ => DuesClass.Income,
    };

    // tenthsOfPercent: 5 = 0.5 %. Integer arithmetic, rounding half up, so no float ever touches money.
    private static long Percent(long fen, int tenthsOfPercent) => (fen * tenthsOfPercent + 500) / 1000;
}
