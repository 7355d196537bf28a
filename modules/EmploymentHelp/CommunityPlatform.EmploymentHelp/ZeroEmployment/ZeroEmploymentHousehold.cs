using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.EmploymentHelp.ZeroEmployment;

/// <summary>
/// 零就业家庭: recognised, then assisted, until a member is in stable work (cleared) or it no longer counts (exited).
/// Its clock — the day it must be cleared by — is set at recognition from the city's rule, so changing the rule later
/// does not move a running clock.
/// </summary>
public sealed class ZeroEmploymentHousehold : CaseRecord
{
    private ZeroEmploymentHousehold()
    {
    }

    public ZeroEmploymentHousehold(Guid householdId, ZeroEmploymentSource source, DateOnly recognisedOn, int clockDays)
    {
        HouseholdId = householdId;
        Source = source;
        RecognisedOn = recognisedOn;
        DueOn = recognisedOn.AddDays(clockDays);
    }

    public Guid HouseholdId { get; private set; }
    public ZeroEmploymentSource Source { get; private set; }
    public DateOnly RecognisedOn { get; private set; }
    public DateOnly DueOn { get; private set; }
    public ZeroEmploymentState State { get; private set; } = ZeroEmploymentState.Recognised;
    public DateOnly? ClosedOn { get; private set; }
    public Guid? EmployedResidentId { get; private set; }
    public string? ExitReason { get; private set; }

    public bool IsOpen => State is ZeroEmploymentState.Recognised or ZeroEmploymentState.Assisting;

    public bool OpenAt(DateOnly day) => RecognisedOn <= day && (ClosedOn is null || ClosedOn > day);

    public bool OverdueAt(DateOnly day) => IsOpen && day > DueOn;

    public void Assist()
    {
        if (State != ZeroEmploymentState.Recognised) throw new BusinessRuleException(EmploymentErrors.StepNotAllowed);
        State = ZeroEmploymentState.Assisting;
    }

    public void Clear(DateOnly on, Guid employedResidentId)
    {
        Close(on);
        State = ZeroEmploymentState.Cleared;
        EmployedResidentId = employedResidentId;
    }

    public void Exit(DateOnly on, string reason)
    {
        Close(on);
        State = ZeroEmploymentState.Exited;
        ExitReason = reason;
    }

    private void Close(DateOnly on)
    {
        if (!IsOpen) throw new BusinessRuleException(EmploymentErrors.StepNotAllowed);
        if (on < RecognisedOn) throw new BusinessRuleException(EmploymentErrors.DateBeforeStart);
        ClosedOn = on;
    }
}
