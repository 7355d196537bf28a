using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Points;

/// <summary>A point's quarterly meeting (季度例会) with its minutes.</summary>
public sealed class PointMeeting : CommunityAggregate
{
    private PointMeeting()
    {
    }

    public PointMeeting(Guid pointId, DateOnly heldOn, int attendees, string minutes) => (PointId, HeldOn, Attendees, Minutes) = (pointId, heldOn, attendees, minutes);

    public Guid PointId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public int Attendees { get; private set; }
    public string Minutes { get; private set; } = "";
}
