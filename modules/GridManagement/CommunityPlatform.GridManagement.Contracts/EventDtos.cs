using System.ComponentModel.DataAnnotations;
using CommunityPlatform.Application;

namespace CommunityPlatform.GridManagement;

/// <summary>Where an event came from.</summary>
public enum EventSource
{
    /// <summary>民情热线</summary>
    Hotline,

    /// <summary>网上平台</summary>
    Online,

    /// <summary>巡查发现</summary>
    Patrol,

    /// <summary>走访发现</summary>
    Visit,

    /// <summary>另一个模块（如市场投诉）</summary>
    OtherModule,

    /// <summary>联席会议决定</summary>
    Meeting,
}

/// <summary>What an event is about; each kind has its own deadline.</summary>
public enum EventKind
{
    /// <summary>矛盾纠纷: has parties, and an outcome when resolved.</summary>
    Dispute,

    /// <summary>环境卫生</summary>
    Sanitation,

    /// <summary>治安安全</summary>
    Safety,

    /// <summary>设施维修</summary>
    Facilities,

    /// <summary>民生求助</summary>
    Welfare,

    /// <summary>投诉</summary>
    Complaint,

    Other,
}

/// <summary>reported → accepted → assigned → in progress → resolved → closed; or escalated to the street.</summary>
public enum EventState
{
    Reported,
    Accepted,
    Assigned,
    InProgress,
    Resolved,
    Closed,

    /// <summary>上报街道: what the community cannot solve goes up to the street, which answers it.</summary>
    Escalated,

    /// <summary>上报市级: what the street cannot solve goes up to the city.</summary>
    EscalatedToCity,
}

/// <summary>Every change of an event is one of these, recorded as a step.</summary>
public enum EventAction
{
    Report,
    Accept,
    Assign,
    Start,
    Resolve,
    Close,

    /// <summary>退回: a worker hands back what is not theirs (to accepted); the dispatcher rejects a resolution (to in progress).</summary>
    SendBack,
    Escalate,
    Supervise,

    /// <summary>签收: the street (or city) takes up an event escalated to it.</summary>
    Receive,

    /// <summary>批示: the street (or city) tells the community what to do, by a deadline; the event goes back to the community (accepted).</summary>
    Instruct,

    /// <summary>退回社区: the street (or city) sends an escalated event back (the city's to the street).</summary>
    Return,

    /// <summary>办结: the street (or city) closes an escalated event with its outcome.</summary>
    Conclude,
}

/// <summary>督办: ordinary, yellow card, red card.</summary>
public enum SupervisionLevel
{
    Ordinary,
    YellowCard,
    RedCard,
}

public enum Satisfaction
{
    Satisfied,
    Basic,
    Dissatisfied,
}

public enum DisputeOutcome
{
    /// <summary>调解成功</summary>
    Settled,

    /// <summary>调解未成</summary>
    NotSettled,

    /// <summary>移交司法或其他部门</summary>
    Referred,
}

/// <summary>One step; <c>level</c> says who took it when it was the street or the city, <c>deadline</c> is an instruction's.</summary>
public sealed record EventStepDto(EventAction Action, EventState State, string? By, DateTime At, string? Note, OversightLevel? Level = null, DateTime? Deadline = null);

/// <summary>Above the community: the street (街道) and the city (市级).</summary>
public enum OversightLevel
{
    Street,
    City,
}

public sealed record GridEventDto(
    Guid Id, Guid GridId, string GridName, EventSource Source, EventKind Kind, string Title, string? Description, string? Reporter, string? Parties,
    DateTime ReportedAt, DateTime Deadline, EventState State, Guid? AssigneeStaffId, string? AssigneeName, SupervisionLevel Supervision,
    DisputeOutcome? Outcome, Satisfaction? Satisfaction, DateTime? ResolvedAt, DateTime? ClosedAt, bool Overdue,
    IReadOnlyList<EventStepDto> Steps, string ConcurrencyStamp, Guid? ResidentId = null, Guid? HouseholdId = null);

public sealed class GridEventRequest
{
    [Required] public Guid? GridId { get; init; }
    [Required] public EventSource? Source { get; init; }
    [Required] public EventKind? Kind { get; init; }
    [Required, StringLength(200, MinimumLength = 2)] public string? Title { get; init; }
    [StringLength(2000)] public string? Description { get; init; }

    /// <summary>Who told us (a resident's name, a hotline caller).</summary>
    [StringLength(50)] public string? Reporter { get; init; }

    /// <summary>Disputes only, and required for them: the parties (当事人).</summary>
    [StringLength(500)] public string? Parties { get; init; }

    /// <summary>Optional: the resident it concerns (an id of <c>/api/residents/people</c>); their household is linked too.</summary>
    public Guid? ResidentId { get; init; }

    /// <summary>Optional: the household it concerns (an id of <c>/api/residents/households</c>).</summary>
    public Guid? HouseholdId { get; init; }

    /// <summary>Defaults to now; not in the future.</summary>
    public DateTime? ReportedAt { get; init; }

    /// <summary>Defaults to the kind's deadline after the report; never before the report.</summary>
    public DateTime? Deadline { get; init; }
}

/// <summary>One action on an event; <c>concurrencyStamp</c> is the one read, so two people acting at once cannot both win.</summary>
public sealed class EventStepRequest
{
    [Required] public EventAction? Action { get; init; }
    [StringLength(1000)] public string? Note { get; init; }

    /// <summary>Assign: a post on the event's grid (grid worker or officer).</summary>
    public Guid? StaffId { get; init; }

    /// <summary>Resolve, disputes: the outcome of the mediation.</summary>
    public DisputeOutcome? Outcome { get; init; }

    /// <summary>Close: the resident's satisfaction.</summary>
    public Satisfaction? Satisfaction { get; init; }

    /// <summary>Supervise: the level.</summary>
    public SupervisionLevel? Level { get; init; }

    [Required] public string? ConcurrencyStamp { get; init; }
}

public sealed class GridEventQuery : PageQuery
{
    public Guid? GridId { get; init; }
    public EventState? State { get; init; }
    public EventKind? Kind { get; init; }

    /// <summary>Only events past their deadline and not yet resolved.</summary>
    public bool? Overdue { get; init; }

    /// <summary>Only events linked to this household.</summary>
    public Guid? HouseholdId { get; init; }
}

/// <summary>An event another module opens (the market's complaints): the grid is the one covering the building, else the community's.</summary>
public sealed record OpenGridEvent(EventKind Kind, string Title, string? Description, string? Reporter, Guid? BuildingId, Guid? GridId, string SourceModule);

/// <summary>Lets another module open a grid event. Absent when the grid module is not installed: the caller then degrades.</summary>
public interface IGridEventInbox
{
    Task<Guid> OpenAsync(OpenGridEvent request, CancellationToken cancellationToken);
}

/// <summary>
/// The integration event another module publishes through its own outbox to have a grid event opened (the market's
/// complaints). Delivered at least once: <c>RequestId</c> makes a repeat open nothing new.
/// </summary>
public sealed record GridEventRequested(Guid RequestId, EventKind Kind, string Title, string? Description, string? Reporter, Guid? BuildingId, string SourceModule);

/// <summary>
/// The street's (or city's) answer to an event escalated to it. <c>receive</c> takes it up; <c>instruct</c> needs
/// <c>note</c> and <c>deadline</c> and hands it back to the community; <c>return</c> needs <c>note</c>; <c>conclude</c> needs
/// <c>note</c> (the outcome; disputes also <c>outcome</c>); <c>escalate</c> sends a street's event up to the city;
/// <c>supervise</c> records a yellow or red card (<c>level</c>).
/// </summary>
public sealed class OversightStepRequest
{
    [Required] public EventAction? Action { get; init; }
    [StringLength(1000)] public string? Note { get; init; }

    /// <summary>Instruct: by when the community must have done it; not in the past.</summary>
    public DateTime? Deadline { get; init; }

    /// <summary>Conclude, disputes: the outcome.</summary>
    public DisputeOutcome? Outcome { get; init; }

    /// <summary>Supervise: the card.</summary>
    public SupervisionLevel? Level { get; init; }

    [Required] public string? ConcurrencyStamp { get; init; }
}

/// <summary>
/// An event in the street's (or city's) inbox: the community it comes from (the <c>X-Community</c> to answer it with),
/// when it was escalated to this level, by when the answer is due, and whether it is overdue.
/// </summary>
public sealed record InboxEventDto(
    Guid CommunityId, string CommunityCode, string CommunityName, OversightLevel Level, DateTime EscalatedAt, DateTime AnswerDue, bool Answered, bool Overdue,
    GridEventDto Event);

public sealed class InboxQuery : PageQuery
{
    /// <summary>Also events this level has answered (sent back, instructed, concluded) since <c>from</c>; by default only those waiting.</summary>
    public bool? Answered { get; init; }
}

/// <summary>
/// Published through the grid's outbox when an event another module asked for (<see cref="GridEventRequested"/>) is
/// closed, so that module can close its own record: <c>RequestId</c> is the requester's id; <c>Satisfaction</c> is null
/// when the street or the city concluded it without the resident's verdict. At least once.
/// </summary>
public sealed record GridEventClosed(Guid EventId, Guid RequestId, Satisfaction? Satisfaction, DisputeOutcome? Outcome, string? Note, DateTime ClosedAt);
