using CommunityPlatform.Domain;
using CommunityPlatform.Errors;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.PartyOrganization.Dues;

/// <summary>One member's dues for one month (<see cref="Month"/> as <c>yyyyMM</c>), in fen; possibly paid by someone else.</summary>
public sealed class DuesPayment : CommunityAggregate
{
    private DuesPayment()
    {
    }

    public DuesPayment(PartyMember member, int month, long amountFen, DateOnly paidOn, string? paidBy)
    {
        if (month < member.JoinedOn.Year * 100 + member.JoinedOn.Month) throw new BusinessRuleException(PartyErrors.DuesBeforeJoining);
        if (amountFen < member.MonthlyDuesFen)
            throw new BusinessRuleException(PartyErrors.DuesBelowRule, Lang.T($"按规定该党员每月应缴 {PartyLabels.Yuan(member.MonthlyDuesFen)} 元。", $"The rule asks {PartyLabels.Yuan(member.MonthlyDuesFen)} yuan a month of this member."));
        MemberId = member.Id;
        Month = month;
        AmountFen = amountFen;
        PaidOn = paidOn;
        PaidBy = string.IsNullOrWhiteSpace(paidBy) ? null : paidBy.Trim();
    }

    public Guid MemberId { get; private set; }
    public int Month { get; private set; }
    public long AmountFen { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public string? PaidBy { get; private set; }

    public static string Format(int month) => $"{month / 100:0000}-{month % 100:00}";

    /// <summary><c>yyyy-MM</c> as <c>yyyyMM</c>; years outside 1949–2100 are refused as bad input (the format alone lets 0000 through).</summary>
    public static int Parse(string month)
    {
        var year = int.Parse(month[..4], System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 1949 or > 2100) throw new InvalidInputException(PlatformErrors.InvalidRequest, "month", Lang.T("年份须在1949至2100之间。", "The year must be between 1949 and 2100."));
        return year * 100 + int.Parse(month[5..7], System.Globalization.CultureInfo.InvariantCulture);
    }
}
