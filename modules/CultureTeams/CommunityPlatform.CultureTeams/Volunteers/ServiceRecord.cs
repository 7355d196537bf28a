using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>
/// A stretch of service on one day: draft → submitted → confirmed | declined. Only service time counts, so a record
/// is its from–to. A confirmed record never changes; a correction is a reversing entry, confirmed at once, whose
/// minutes are the original's negated.
/// </summary>
public sealed class ServiceRecord : CommunityAggregate
{
    private ServiceRecord()
    {
    }

    public ServiceRecord(Guid volunteerId, DateOnly day, TimeOnly from, TimeOnly to, string content, Guid? activityId)
    {
        VolunteerId = volunteerId;
        Change(day, from, to, content, activityId);
        State = ServiceState.Draft;
    }

    public Guid VolunteerId { get; private set; }
    public DateOnly Day { get; private set; }
    public TimeOnly From { get; private set; }
    public TimeOnly To { get; private set; }
    public int Minutes { get; private set; }
    public string Content { get; private set; } = "";
    public Guid? ActivityId { get; private set; }
    public ServiceState State { get; private set; }

    /// <summary>The confirmed record this entry reverses.</summary>
    public Guid? Reverses { get; private set; }
    public string? Note { get; private set; }

    public static ServiceRecord Reversal(ServiceRecord original, string reason) => new()
    {
        VolunteerId = original.VolunteerId, Day = original.Day, From = original.From, To = original.To, Minutes = -original.Minutes,
        Content = original.Content, ActivityId = original.ActivityId, State = ServiceState.Confirmed, Reverses = original.Id, Note = reason,
    };

    public void Change(DateOnly day, TimeOnly from, TimeOnly to, string content, Guid? activityId)
    {
        if (State is ServiceState.Confirmed) throw new BusinessRuleException(CultureErrors.RecordConfirmed);
        if (State is ServiceState.Declined) throw new BusinessRuleException(CultureErrors.RecordStep);
        if (to <= from) throw new InvalidInputException(CultureErrors.EndsBeforeStart, "to", CultureErrors.EndsBeforeStart.Localized());
        (Day, From, To, Content, ActivityId) = (day, from, to, content, activityId);
        Minutes = (int)(to - from).TotalMinutes;
    }

    public void Apply(ServiceAction action, string? note)
    {
        State = (State, action) switch
        {
            (ServiceState.Draft, ServiceAction.Submit) => ServiceState.Submitted,
            (ServiceState.Draft or ServiceState.Submitted, ServiceAction.Confirm) => ServiceState.Confirmed,
            (ServiceState.Draft or ServiceState.Submitted, ServiceAction.Decline) => ServiceState.Declined,
            (ServiceState.Confirmed, _) => throw new BusinessRuleException(CultureErrors.RecordConfirmed),
            _ => throw new BusinessRuleException(CultureErrors.RecordStep),
        };
        if (note is not null) Note = note;
    }

    public bool Overlaps(TimeOnly from, TimeOnly to) => From < to && from < To;
}
