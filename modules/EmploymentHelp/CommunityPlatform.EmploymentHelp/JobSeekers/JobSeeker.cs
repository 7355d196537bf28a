using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.EmploymentHelp.JobSeekers;

/// <summary>失业登记: a resident registered as seeking work, valid until deregistered with a reason.</summary>
public sealed class JobSeeker : CaseRecord
{
    private JobSeeker()
    {
    }

    public JobSeeker(Guid residentId, DateOnly registeredOn, JobSeekerRequest r)
    {
        ResidentId = residentId;
        RegisteredOn = registeredOn;
        LostWorkOn = r.LostWorkOn;
        Reason = r.Reason?.Trim();
        Education = r.Education;
        Skills = r.Skills?.Trim();
        SkillLevel = r.SkillLevel?.Trim();
        WishedWork = r.WishedWork?.Trim();
        WishedPayFen = r.WishedPayFen;
        Phone = r.Phone?.Trim();
    }

    public Guid ResidentId { get; private set; }
    public DateOnly RegisteredOn { get; private set; }
    public DateOnly? LostWorkOn { get; private set; }
    public string? Reason { get; private set; }
    public Education? Education { get; private set; }
    public string? Skills { get; private set; }
    public string? SkillLevel { get; private set; }
    public string? WishedWork { get; private set; }
    public long? WishedPayFen { get; private set; }
    public string? Phone { get; private set; }
    public JobSeekerState State { get; private set; } = JobSeekerState.Valid;
    public DateOnly? DeregisteredOn { get; private set; }
    public DeregistrationReason? DeregistrationReason { get; private set; }

    public void Deregister(DateOnly on, DeregistrationReason reason)
    {
        if (State != JobSeekerState.Valid) throw new BusinessRuleException(EmploymentErrors.NotValid);
        if (on < RegisteredOn) throw new BusinessRuleException(EmploymentErrors.DateBeforeStart);
        State = JobSeekerState.Deregistered;
        DeregisteredOn = on;
        DeregistrationReason = reason;
    }
}
