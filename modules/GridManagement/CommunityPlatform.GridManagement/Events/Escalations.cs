namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// What the street and the city promise the communities: an escalated event gets its answer — an instruction, a
/// send-back, a conclusion or escalation further — within <see cref="AnswerTime"/> of reaching the level. Receiving
/// or carding it is not an answer. Read from the event's steps, so the figures need no table of their own.
/// </summary>
public static class Escalations
{
    public static readonly TimeSpan AnswerTime = TimeSpan.FromDays(3);

    /// <summary>One time an event reached a level: when, and the level's answer if it gave one.</summary>
    public sealed record Episode(OversightLevel Level, DateTime ReachedAt, DateTime? AnsweredAt)
    {
        public DateTime Due => ReachedAt + AnswerTime;
        public bool AnsweredOnTime => AnsweredAt is { } at && at <= Due;
    }

    public static bool IsAnswer(EventAction action) => action is EventAction.Instruct or EventAction.Return or EventAction.Conclude or EventAction.Escalate;

    /// <summary>Every time the event reached the street or the city from below (a city's send-back to the street is not a new receipt).</summary>
    public static IEnumerable<Episode> Of(IReadOnlyList<EventStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            OversightLevel? reached = step switch
            {
                { Action: EventAction.Escalate, State: EventState.Escalated } => OversightLevel.Street,
                { Action: EventAction.Escalate, State: EventState.EscalatedToCity } => OversightLevel.City,
                _ => null,
            };
            if (reached is not { } level) continue;
            var answer = steps.Skip(i + 1).FirstOrDefault(s => s.Level == level && IsAnswer(s.Action));
            yield return new Episode(level, step.At, answer?.At);
        }
    }

    /// <summary>The event's last arrival at the level it waits at now (a city's send-back leaves the street's answered one).</summary>
    public static Episode? Waiting(GridEvent ev) =>
        ev.WaitingAt is { } level ? Of(ev.Steps).LastOrDefault(e => e.Level == level) : null;
}
