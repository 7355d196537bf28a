using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Points;

/// <summary>One turn of a point's duty roster: a Party member or building head (a resident) on a weekday.</summary>
public sealed class Duty : CommunityAggregate
{
    private Duty()
    {
    }

    public Duty(Guid pointId, Guid residentId, DutyRole role, DayOfWeek day) => (PointId, ResidentId, Role, Day) = (pointId, residentId, role, day);

    public Guid PointId { get; private set; }
    public Guid ResidentId { get; private set; }
    public DutyRole Role { get; private set; }
    public DayOfWeek Day { get; private set; }
}
