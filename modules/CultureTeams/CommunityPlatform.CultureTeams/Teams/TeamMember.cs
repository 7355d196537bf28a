using CommunityPlatform.Domain;

namespace CommunityPlatform.CultureTeams.Teams;

/// <summary>A member of a team: a resident of the registry by id, or someone from outside it kept with name and phone.</summary>
public sealed class TeamMember : CommunityAggregate
{
    private TeamMember()
    {
    }

    public TeamMember(Guid teamId, Guid? residentId, string? name, string? phone, DateOnly joinedOn) =>
        (TeamId, ResidentId, Name, Phone, JoinedOn) = (teamId, residentId, residentId is null ? name : null, residentId is null ? phone : null, joinedOn);

    public Guid TeamId { get; private set; }
    public Guid? ResidentId { get; private set; }
    public string? Name { get; private set; }
    public string? Phone { get; private set; }
    public DateOnly JoinedOn { get; private set; }
}
