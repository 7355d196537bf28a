using CommunityPlatform.Domain;

namespace CommunityPlatform.GridManagement.Rhythm;

/// <summary>The monthly joint meeting (一月一会) of the grid staff and the units of the area: minutes and decisions.</summary>
public sealed class JointMeeting : CommunityAggregate
{
    private JointMeeting()
    {
    }

    public JointMeeting(DateOnly heldOn, string topic, string? attendees, string minutes)
    {
        HeldOn = heldOn;
        Topic = topic.Trim();
        Attendees = string.IsNullOrWhiteSpace(attendees) ? null : attendees.Trim();
        Minutes = minutes.Trim();
    }

    public DateOnly HeldOn { get; private set; }
    public string Topic { get; private set; } = "";
    public string? Attendees { get; private set; }
    public string Minutes { get; private set; } = "";
    public IReadOnlyList<Decision> Decisions { get; private set; } = [];

    public void Decide(string text, Guid? gridId, Guid? eventId) => Decisions = [.. Decisions, new Decision(text.Trim(), gridId, eventId)];
}

public sealed record Decision(string Text, Guid? GridId, Guid? EventId);
