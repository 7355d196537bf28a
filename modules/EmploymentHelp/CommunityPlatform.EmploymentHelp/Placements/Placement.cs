using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.EmploymentHelp.Placements;

/// <summary>
/// A resident placed in work, and the follow-ups due the set months after the start (+1, +3, +6 by default): the
/// months are the community's setting at the time of placement, kept with the placement.
/// </summary>
public sealed class Placement : CaseRecord
{
    private Placement()
    {
    }

    public Placement(Guid residentId, PlacementKind kind, string employer, string? job, DateOnly startedOn, IEnumerable<int> followUpMonths)
    {
        ResidentId = residentId;
        Kind = kind;
        Employer = employer;
        Job = job;
        StartedOn = startedOn;
        FollowUps = followUpMonths.Order().Select(m => new FollowUp(m, startedOn.AddMonths(m), null, null, null)).ToList();
    }

    public Guid ResidentId { get; private set; }
    public PlacementKind Kind { get; private set; }
    public string Employer { get; private set; } = "";
    public string? Job { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public IReadOnlyList<FollowUp> FollowUps { get; private set; } = [];

    public void Record(int month, DateOnly doneOn, bool stillEmployed, string? note)
    {
        if (FollowUps.All(f => f.Month != month)) throw new BusinessRuleException(EmploymentErrors.NoSuchFollowUp);
        if (doneOn < StartedOn) throw new BusinessRuleException(EmploymentErrors.DateBeforeStart);
        FollowUps = FollowUps.Select(f => f.Month == month ? f with { DoneOn = doneOn, StillEmployed = stillEmployed, Note = note } : f).ToList();
    }
}

/// <summary>One follow-up: due the given months after the start; done on a day, finding the person still in work or not.</summary>
public sealed record FollowUp(int Month, DateOnly DueOn, DateOnly? DoneOn, bool? StillEmployed, string? Note);
