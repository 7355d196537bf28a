using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// An event of the grid's pipeline (民情流水线): reported → accepted → assigned → in progress → resolved → closed, with
/// send-back, escalation to the street (事在网格办) and supervision. Every action is a step; an action the state does
/// not allow is refused with <see cref="GridErrors.TransitionNotAllowed"/>.
/// </summary>
public sealed class GridEvent : CommunityAggregate
{
    private List<EventStep> steps = [];

    private GridEvent()
    {
    }

    public GridEvent(Guid gridId, EventSource source, EventKind kind, string title, string? description, string? reporter, string? parties,
        DateTime reportedAt, DateTime? deadline, DateTime now, Actor by)
    {
        if (reportedAt > now.AddMinutes(5)) throw new BusinessRuleException(GridErrors.ReportedInFuture);
        var due = deadline ?? reportedAt + EventDeadlines.Of(kind);
        if (due < reportedAt) throw new BusinessRuleException(GridErrors.DeadlineBeforeReport);
        if (kind == EventKind.Dispute && string.IsNullOrWhiteSpace(parties)) throw new BusinessRuleException(GridErrors.PartiesRequired);
        GridId = gridId;
        Source = source;
        Kind = kind;
        Title = title.Trim();
        Description = description?.Trim();
        Reporter = reporter?.Trim();
        Parties = kind == EventKind.Dispute ? parties!.Trim() : null;
        ReportedAt = reportedAt;
        Deadline = due;
        // The report is a step of when it was reported (a hotline call entered later, a seeded past event), so the steps read in order.
        Record(EventAction.Report, by, reportedAt, null);
    }

    public Guid GridId { get; private set; }
    public EventSource Source { get; private set; }
    public EventKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public string? Reporter { get; private set; }
    public string? Parties { get; private set; }
    public DateTime ReportedAt { get; private set; }
    public DateTime Deadline { get; private set; }
    public EventState State { get; private set; }
    public Guid? AssigneeStaffId { get; private set; }
    public SupervisionLevel Supervision { get; private set; }
    public DisputeOutcome? Outcome { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    public DateTime? ResolvedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The resident it concerns, if any: an id of the registry (Residents contracts), no foreign key across modules.</summary>
    public Guid? ResidentId { get; private set; }

    /// <summary>The household it concerns, if any (the resident's, when only the resident was named).</summary>
    public Guid? HouseholdId { get; private set; }

    public void Concerns(Guid? residentId, Guid? householdId) => (ResidentId, HouseholdId) = (residentId, householdId);

    /// <summary>The request another module opened it with, so a repeated request opens nothing new.</summary>
    public Guid? RequestId { get; private set; }

    public void OpenedFor(Guid requestId) => RequestId = requestId;

    public IReadOnlyList<EventStep> Steps
    {
        get => steps;
        private set => steps = value.ToList();
    }

    /// <summary>Past its deadline and not yet resolved.</summary>
    public bool IsOverdue(DateTime now) => State is not (EventState.Resolved or EventState.Closed) && now > Deadline;

    /// <summary>Resolved after its deadline.</summary>
    public bool WasLate => ResolvedAt is { } resolved && resolved > Deadline;

    public void Accept(Actor by, DateTime now, string? note) => Move(EventAction.Accept, by, now, note, EventState.Accepted, EventState.Reported);

    /// <summary>To someone on the event's grid (checked by the caller, who knows the grid's posts); a reassignment is allowed.</summary>
    public void Assign(Guid staffId, Actor by, DateTime now, string? note)
    {
        Move(EventAction.Assign, by, now, note, EventState.Assigned, EventState.Accepted, EventState.Assigned);
        AssigneeStaffId = staffId;
    }

    public void Start(Actor by, DateTime now, string? note) => Move(EventAction.Start, by, now, note, EventState.InProgress, EventState.Assigned);

    public void Resolve(DisputeOutcome? outcome, Actor by, DateTime now, string? note)
    {
        Allow(EventState.InProgress, EventState.Escalated);
        if (Kind == EventKind.Dispute && outcome is null) throw new BusinessRuleException(GridErrors.OutcomeRequired);
        Outcome = Kind == EventKind.Dispute ? outcome : null;
        ResolvedAt = now;
        Move(EventAction.Resolve, by, now, note, EventState.Resolved);
    }

    public void Close(Satisfaction? satisfaction, Actor by, DateTime now, string? note)
    {
        Allow(EventState.Resolved);
        Satisfaction = satisfaction ?? throw new BusinessRuleException(GridErrors.SatisfactionRequired);
        ClosedAt = now;
        Move(EventAction.Close, by, now, note, EventState.Closed);
    }

    /// <summary>A worker hands back what they cannot take (to accepted); a resolution not good enough goes back to in progress.</summary>
    public void SendBack(Actor by, DateTime now, string? note)
    {
        Allow(EventState.Assigned, EventState.InProgress, EventState.Resolved);
        if (State == EventState.Resolved)
        {
            ResolvedAt = null;
            Outcome = null;
            Move(EventAction.SendBack, by, now, note, EventState.InProgress);
            return;
        }

        AssigneeStaffId = null;
        Move(EventAction.SendBack, by, now, note, EventState.Accepted);
    }

    public void Escalate(Actor by, DateTime now, string? note) =>
        Move(EventAction.Escalate, by, now, note, EventState.Escalated, EventState.Accepted, EventState.Assigned, EventState.InProgress);

    public void Supervise(SupervisionLevel level, Actor by, DateTime now, string? note)
    {
        if (State == EventState.Closed) throw new BusinessRuleException(GridErrors.TransitionNotAllowed);
        Supervision = level;
        Record(EventAction.Supervise, by, now, note);
    }

    /// <summary>The level above the community the event waits at: the street while escalated, the city once the street sent it up.</summary>
    public OversightLevel? WaitingAt => State switch
    {
        EventState.Escalated => OversightLevel.Street,
        EventState.EscalatedToCity => OversightLevel.City,
        _ => null,
    };

    /// <summary>
    /// The street's or the city's answer to an event waiting at its level (see <see cref="Escalations"/>): receive,
    /// instruct the community (with a deadline, which becomes the event's), send back, conclude with the outcome, send a
    /// street's event up to the city, or a card (on any open event). Each is a step that says which level took it.
    /// </summary>
    public void Oversee(OversightLevel level, EventAction action, Actor by, DateTime now, string? note, DateTime? deadline, DisputeOutcome? outcome, SupervisionLevel? card)
    {
        // A card may be given to any open event of the communities overseen; every other answer only to one waiting here.
        if (action == EventAction.Supervise ? State == EventState.Closed : WaitingAt != level)
            throw new BusinessRuleException(GridErrors.NotWaitingHere);
        var said = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        switch (action)
        {
            case EventAction.Receive:
                break;
            case EventAction.Instruct:
                if (said is null) throw new BusinessRuleException(GridErrors.NoteRequired);
                if (deadline is not { } due) throw new BusinessRuleException(GridErrors.InstructionDeadlineRequired);
                if (due <= now) throw new BusinessRuleException(GridErrors.InstructionDeadlinePast);
                Deadline = due;
                AssigneeStaffId = null;
                State = EventState.Accepted;
                break;
            case EventAction.Return:
                if (said is null) throw new BusinessRuleException(GridErrors.NoteRequired);
                State = level == OversightLevel.City ? EventState.Escalated : EventState.Accepted;
                AssigneeStaffId = level == OversightLevel.City ? AssigneeStaffId : null;
                break;
            case EventAction.Conclude:
                if (said is null) throw new BusinessRuleException(GridErrors.NoteRequired);
                if (Kind == EventKind.Dispute && outcome is null) throw new BusinessRuleException(GridErrors.OutcomeRequired);
                Outcome = Kind == EventKind.Dispute ? outcome : null;
                ResolvedAt ??= now;
                ClosedAt = now;
                State = EventState.Closed;
                break;
            case EventAction.Escalate when level == OversightLevel.Street:
                State = EventState.EscalatedToCity;
                break;
            case EventAction.Supervise:
                Supervision = card ?? throw new BusinessRuleException(GridErrors.LevelRequired);
                break;
            default:
                throw new BusinessRuleException(GridErrors.TransitionNotAllowed);
        }

        steps = [.. steps, new EventStep(action, State, by.AccountId, by.Name, now, said, level, action == EventAction.Instruct ? deadline : null)];
    }

    private void Move(EventAction action, Actor by, DateTime now, string? note, EventState to, params EventState[] from)
    {
        if (from.Length > 0) Allow(from);
        State = to;
        Record(action, by, now, note);
    }

    private void Allow(params EventState[] from)
    {
        if (!from.Contains(State)) throw new BusinessRuleException(GridErrors.TransitionNotAllowed);
    }

    private void Record(EventAction action, Actor by, DateTime now, string? note) =>
        steps = [.. steps, new EventStep(action, State, by.AccountId, by.Name, now, string.IsNullOrWhiteSpace(note) ? null : note.Trim())];
}

/// <summary>Who acted: an account of the community, or a module or the system (no account).</summary>
public sealed record Actor(Guid? AccountId, string? Name);

/// <summary>
/// One action on an event and the state it left the event in; <paramref name="Level"/> when the street or the city took
/// it, <paramref name="Deadline"/> an instruction's deadline. (Kept as JSON on the event: steps saved before the street
/// could act read back with both null.)
/// </summary>
public sealed record EventStep(
    EventAction Action, EventState State, Guid? ByAccountId, string? ByName, DateTime At, string? Note, OversightLevel? Level = null, DateTime? Deadline = null);

/// <summary>How long each kind of event may take from its report (the community's service promise).</summary>
public static class EventDeadlines
{
    public static TimeSpan Of(EventKind kind) => kind switch
    {
        EventKind.Safety => TimeSpan.FromDays(1),
        EventKind.Sanitation => TimeSpan.FromDays(3),
        EventKind.Facilities or EventKind.Complaint => TimeSpan.FromDays(5),
        _ => TimeSpan.FromDays(7),
    };
}
