using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Activities;

/// <summary>One person at an activity: a resident by id, or a guest by name and phone for staff to confirm.</summary>
public sealed class Attendance : CommunityAggregate
{
    private Attendance()
    {
    }

    public Attendance(Guid activityId, Guid? residentId, string? name, string? phone, CheckInWay way, DateTime at) =>
        (ActivityId, ResidentId, Name, Phone, Way, At) = (activityId, residentId, name, phone, way, at);

    public Guid ActivityId { get; private set; }
    public Guid? ResidentId { get; private set; }

    /// <summary>A guest's name and phone; a resident's come from the registry.</summary>
    public string? Name { get; private set; }
    public string? Phone { get; private set; }
    public CheckInWay Way { get; private set; }
    public DateTime At { get; private set; }
    public bool Guest => ResidentId is null;
}
