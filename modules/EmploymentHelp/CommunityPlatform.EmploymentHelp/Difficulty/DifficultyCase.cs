using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.EmploymentHelp.Difficulty;

/// <summary>
/// 就业困难人员认定 as the community follows it: it takes the application; the street reviews (初审) and the district
/// decides (终审); a valid case is revoked on placement, pension or by hand. Every step says who, when, which body, why.
/// </summary>
public sealed class DifficultyCase : CaseRecord
{
    private DifficultyCase()
    {
    }

    public DifficultyCase(Guid residentId, string category, DateOnly appliedOn, string? by)
    {
        ResidentId = residentId;
        Category = category;
        Steps = [new DifficultyStep(DifficultyAction.Applied, appliedOn, by, null, null)];
    }

    public Guid ResidentId { get; private set; }
    public string Category { get; private set; } = "";
    public DifficultyState State { get; private set; } = DifficultyState.Applied;
    public IReadOnlyList<DifficultyStep> Steps { get; private set; } = [];

    public bool IsOpenOrValid => State is DifficultyState.Applied or DifficultyState.StreetPassed or DifficultyState.Valid;

    /// <summary>The next review: the street's on an application, the district's after the street passed it.</summary>
    public void Decide(bool passed, DateOnly on, string? by, string? body, string? reason)
    {
        if (!passed && string.IsNullOrWhiteSpace(reason)) throw new BusinessRuleException(EmploymentErrors.ReasonRequired);
        var (action, next) = (State, passed) switch
        {
            (DifficultyState.Applied, true) => (DifficultyAction.StreetPassed, DifficultyState.StreetPassed),
            (DifficultyState.Applied, false) => (DifficultyAction.StreetRefused, DifficultyState.Refused),
            (DifficultyState.StreetPassed, true) => (DifficultyAction.DistrictPassed, DifficultyState.Valid),
            (DifficultyState.StreetPassed, false) => (DifficultyAction.DistrictRefused, DifficultyState.Refused),
            _ => throw new BusinessRuleException(EmploymentErrors.StepNotAllowed),
        };
        Add(new DifficultyStep(action, on, by, body, reason));
        State = next;
    }

    public void Revoke(DateOnly on, string? by, string reason)
    {
        if (State != DifficultyState.Valid) throw new BusinessRuleException(EmploymentErrors.StepNotAllowed);
        Add(new DifficultyStep(DifficultyAction.Revoked, on, by, null, reason));
        State = DifficultyState.Revoked;
    }

    public DateOnly? ValidFrom => Steps.FirstOrDefault(s => s.Action == DifficultyAction.DistrictPassed)?.On;

    public DateOnly? RevokedOn => Steps.FirstOrDefault(s => s.Action == DifficultyAction.Revoked)?.On;

    private void Add(DifficultyStep step)
    {
        if (step.On < Steps[^1].On) throw new BusinessRuleException(EmploymentErrors.DateBeforeStart);
        Steps = [.. Steps, step];
    }
}

public sealed record DifficultyStep(DifficultyAction Action, DateOnly On, string? By, string? Body, string? Reason);
