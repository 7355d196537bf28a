using System.ComponentModel.DataAnnotations;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>The rules that differ by city: follow-up months, the zero-employment clock, post terms and alerts, difficulty categories.</summary>
public sealed record EmploymentSettingsDto(
    IReadOnlyList<int> FollowUpMonths, int ZeroEmploymentClockDays, int PostTermMonths, int PostEndAlertDays, IReadOnlyList<string> DifficultyCategories,
    string ConcurrencyStamp);

public sealed class EmploymentSettingsRequest
{
    [Required, MinLength(1), MaxLength(6)] public IReadOnlyList<int>? FollowUpMonths { get; init; }
    [Range(1, 365)] public int ZeroEmploymentClockDays { get; init; } = 30;
    [Range(1, 36)] public int PostTermMonths { get; init; } = 36;
    [Range(1, 365)] public int PostEndAlertDays { get; init; } = 90;
    [Required, MinLength(1), MaxLength(20), Application.ItemLength(64)] public IReadOnlyList<string>? DifficultyCategories { get; init; }
    [Required] public string? ConcurrencyStamp { get; init; }
}
