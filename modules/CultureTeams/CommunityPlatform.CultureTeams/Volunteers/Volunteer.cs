using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>A volunteer: a resident (by id) with the unified number of the national volunteer system; never the ID number.</summary>
public sealed class Volunteer : CommunityAggregate
{
    private Volunteer()
    {
    }

    public Volunteer(Guid residentId, string? number, Guid? teamId, DateOnly joinedOn) => (ResidentId, VolunteerNumber, TeamId, JoinedOn) = (residentId, number, teamId, joinedOn);

    public Guid ResidentId { get; private set; }
    public string? VolunteerNumber { get; private set; }
    public Guid? TeamId { get; private set; }
    public DateOnly JoinedOn { get; private set; }

    public void Change(string? number, Guid? teamId, DateOnly joinedOn) => (VolunteerNumber, TeamId, JoinedOn) = (number, teamId, joinedOn);
}
