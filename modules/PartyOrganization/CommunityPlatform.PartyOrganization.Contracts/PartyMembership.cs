namespace CommunityPlatform.PartyOrganization;

/// <summary>
/// Which of some residents are Party members of the current community (the culture module shows it beside a
/// volunteer). Absent when the Party module is not installed; the caller then degrades.
/// </summary>
public interface IPartyMembership
{
    Task<IReadOnlySet<Guid>> MembersAmongAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken);
}
