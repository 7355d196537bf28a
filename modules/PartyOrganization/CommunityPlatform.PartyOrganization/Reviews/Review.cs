using CommunityPlatform.Domain;

namespace CommunityPlatform.PartyOrganization.Reviews;

/// <summary>A year's review of members (党员评议, 一年一评).</summary>
public sealed class ReviewRound : CommunityAggregate
{
    private ReviewRound()
    {
    }

    public ReviewRound(int year, string title)
    {
        Year = year;
        Title = title.Trim();
    }

    public int Year { get; private set; }
    public string Title { get; private set; } = "";
}

/// <summary>One member's result in a round; recording it again replaces it.</summary>
public sealed class ReviewEntry : CommunityAggregate
{
    private ReviewEntry()
    {
    }

    public ReviewEntry(Guid roundId, Guid memberId, ReviewResult result, string? note)
    {
        RoundId = roundId;
        MemberId = memberId;
        Set(result, note);
    }

    public Guid RoundId { get; private set; }
    public Guid MemberId { get; private set; }
    public ReviewResult Result { get; private set; }
    public string? Note { get; private set; }

    public void Set(ReviewResult result, string? note)
    {
        Result = result;
        Note = note?.Trim();
    }
}

/// <summary>A yearly selection: an excellent member (from the review), a learning family, building or group.</summary>
public sealed class Award : CommunityAggregate
{
    private Award()
    {
    }

    public Award(int year, AwardKind kind, string name, Guid? memberId, Guid? unitId, Guid? householdId, Guid? buildingId)
    {
        Year = year;
        Kind = kind;
        Name = name.Trim();
        MemberId = memberId;
        UnitId = unitId;
        HouseholdId = householdId;
        BuildingId = buildingId;
    }

    public int Year { get; private set; }
    public AwardKind Kind { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? MemberId { get; private set; }
    public Guid? UnitId { get; private set; }
    public Guid? HouseholdId { get; private set; }
    public Guid? BuildingId { get; private set; }
}
