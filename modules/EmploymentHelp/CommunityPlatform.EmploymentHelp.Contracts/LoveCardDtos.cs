using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>A batch of 爱心卡 handed out: how many, when, to whom (e.g. 独居老人、低保户), and what the card offers.</summary>
public sealed record LoveCardBatchDto(Guid Id, DateOnly IssuedOn, int Cards, string Recipients, string? Offers, string ConcurrencyStamp);

public sealed class LoveCardBatchRequest
{
    [Required] public DateOnly? IssuedOn { get; init; }
    [Required, Range(1, 100_000)] public int? Cards { get; init; }
    [Required, StringLength(100, MinimumLength = 1)] public string? Recipients { get; init; }
    [StringLength(200)] public string? Offers { get; init; }
}
