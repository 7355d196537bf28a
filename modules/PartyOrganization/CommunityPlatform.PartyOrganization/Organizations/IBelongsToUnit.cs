namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>A record kept by one unit of the organisation (a member, a meeting, a pledge): lists of a unit take in the units below it.</summary>
public interface IBelongsToUnit
{
    Guid UnitId { get; }
}
