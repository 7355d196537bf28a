using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.EmploymentHelp.LowIncome;

/// <summary>
/// A household on the 低保 register: the decision others took (approved by the street or county) and its yearly review.
/// The household itself — address, who lives there — stays the registry's, and so does its low-income tag.
/// </summary>
public sealed class LowIncomeHousehold : CaseRecord
{
    private LowIncomeHousehold()
    {
    }

    public LowIncomeHousehold(Guid householdId, long monthlyAmountFen, DateOnly approvedOn, string? approvedBy)
    {
        HouseholdId = householdId;
        MonthlyAmountFen = monthlyAmountFen;
        ApprovedOn = approvedOn;
        ApprovedBy = approvedBy;
        ReviewDue = approvedOn.AddYears(1);
    }

    public Guid HouseholdId { get; private set; }
    public long MonthlyAmountFen { get; private set; }
    public DateOnly ApprovedOn { get; private set; }
    public string? ApprovedBy { get; private set; }

    /// <summary>年审: a year after approval, then a year after each review.</summary>
    public DateOnly ReviewDue { get; private set; }
    public DateOnly? LastReviewedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }

    public bool OnRegisterAt(DateOnly day) => ApprovedOn <= day && (EndedOn is null || EndedOn > day);

    public void Review(DateOnly on, long? monthlyAmountFen)
    {
        if (EndedOn is not null) throw new BusinessRuleException(EmploymentErrors.LowIncomeEnded);
        if (on < ApprovedOn) throw new BusinessRuleException(EmploymentErrors.DateBeforeStart);
        LastReviewedOn = on;
        ReviewDue = on.AddYears(1);
        if (monthlyAmountFen is { } amount) MonthlyAmountFen = amount;
    }

    public void End(DateOnly on, string reason)
    {
        if (EndedOn is not null) throw new BusinessRuleException(EmploymentErrors.LowIncomeEnded);
        if (on < ApprovedOn) throw new BusinessRuleException(EmploymentErrors.DateBeforeStart);
        EndedOn = on;
        EndReason = reason;
    }
}
