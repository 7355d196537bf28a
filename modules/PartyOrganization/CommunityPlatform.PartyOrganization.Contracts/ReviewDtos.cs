using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.PartyOrganization;

/// <summary>党员评议 results.</summary>
public enum ReviewResult
{
    Excellent,
    Qualified,
    BasicallyQualified,
    Unqualified,
}

/// <summary>The yearly selections: 优秀党员 (needs an excellent review), 学习型家庭, 学习型楼群, 学习型党小组.</summary>
public enum AwardKind
{
    ExcellentMember,
    LearningFamily,
    LearningBuilding,
    LearningGroup,
}

public sealed record ReviewRoundDto(Guid Id, int Year, string Title, int Results, IReadOnlyDictionary<ReviewResult, int> ByResult, string ConcurrencyStamp);

public sealed class ReviewRoundRequest
{
    [Required, Range(2000, 2100)] public int? Year { get; init; }
    [Required, StringLength(100, MinimumLength = 2)] public string? Title { get; init; }
}

public sealed record ReviewResultDto(Guid Id, Guid MemberId, string Name, ReviewResult Result, string? Note);

public sealed class ReviewResultRequest
{
    [Required] public Guid? MemberId { get; init; }
    [Required] public ReviewResult? Result { get; init; }
    [StringLength(500)] public string? Note { get; init; }
}

public sealed record AwardDto(Guid Id, int Year, AwardKind Kind, string Name, Guid? MemberId, Guid? UnitId, Guid? HouseholdId, Guid? BuildingId);

/// <summary>Give the one subject the kind needs: a member, a group unit, a household or a building.</summary>
public sealed class AwardRequest
{
    [Required, Range(2000, 2100)] public int? Year { get; init; }
    [Required] public AwardKind? Kind { get; init; }
    [Required, StringLength(100, MinimumLength = 2)] public string? Name { get; init; }
    public Guid? MemberId { get; init; }
    public Guid? UnitId { get; init; }
    public Guid? HouseholdId { get; init; }
    public Guid? BuildingId { get; init; }
}
