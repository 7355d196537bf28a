using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>A public-benefit post (公益性岗位) or trainee post (见习) with its holder, term and monthly subsidy in fen.</summary>
public sealed record PostDto(
    Guid Id, PostKind Kind, string Title, Guid? HolderResidentId, string? Holder, DateOnly StartsOn, DateOnly EndsOn, long MonthlySubsidyFen,
    bool EndingSoon, string ConcurrencyStamp);

public sealed class PostRequest
{
    public PostKind Kind { get; init; } = PostKind.PublicBenefit;

    /// <summary>E.g. 劳动保障协管员, 保洁, 市场管理.</summary>
    [Required, StringLength(64, MinimumLength = 1)] public string? Title { get; init; }
    public Guid? HolderResidentId { get; init; }
    [Required] public DateOnly? StartsOn { get; init; }
    [Required] public DateOnly? EndsOn { get; init; }
    [Range(typeof(long), "0", "100000000")] public long MonthlySubsidyFen { get; init; }
    public string? ConcurrencyStamp { get; init; }
}
