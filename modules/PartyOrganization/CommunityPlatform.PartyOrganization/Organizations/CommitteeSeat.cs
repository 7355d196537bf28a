using CommunityPlatform.Domain;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>A seat on a committee; a 大党委's seats are held by people of the area's units, police, owners' committee and property company.</summary>
public sealed class CommitteeSeat : CommunityAggregate
{
    private CommitteeSeat()
    {
    }

    public CommitteeSeat(Guid unitId, string name, string post, SeatAffiliation affiliation, string? organisation)
    {
        UnitId = unitId;
        Name = name.Trim();
        Post = post.Trim();
        Affiliation = affiliation;
        Organisation = organisation?.Trim();
    }

    public Guid UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public string Post { get; private set; } = "";
    public SeatAffiliation Affiliation { get; private set; }
    public string? Organisation { get; private set; }
}
