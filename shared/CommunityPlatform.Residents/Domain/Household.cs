using CommunityPlatform.Domain;

namespace CommunityPlatform.Residents.Domain;

/// <summary>户: a household at an address, owned or rented, with the tags the community keeps (低保, 党员户 …).</summary>
public sealed class Household : CommunityAggregate
{
    private Household()
    {
    }

    public Household(Guid? buildingId, string address, string? dwelling, Tenure tenure, IEnumerable<HouseholdTag> tags) =>
        Update(buildingId, address, dwelling, tenure, tags);

    public Guid? BuildingId { get; private set; }
    public string Address { get; private set; } = "";
    public string? Dwelling { get; private set; }
    public Tenure Tenure { get; private set; }

    /// <summary>One bit per <see cref="HouseholdTag"/>: filtering by a tag stays a single indexed-column test on both providers.</summary>
    public int TagBits { get; private set; }

    public IReadOnlyList<HouseholdTag> Tags => TagBitsOf.Read<HouseholdTag>(TagBits);

    public void Update(Guid? buildingId, string address, string? dwelling, Tenure tenure, IEnumerable<HouseholdTag> tags)
    {
        BuildingId = buildingId;
        Address = address.Trim();
        Dwelling = string.IsNullOrWhiteSpace(dwelling) ? null : dwelling.Trim();
        Tenure = tenure;
        TagBits = TagBitsOf.Write(tags);
    }
}
