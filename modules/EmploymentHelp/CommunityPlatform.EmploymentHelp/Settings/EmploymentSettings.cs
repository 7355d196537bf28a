using CommunityPlatform.Domain;

namespace CommunityPlatform.EmploymentHelp.Settings;

/// <summary>
/// The rules that differ by city, one row per community (the defaults until the secretary changes them): follow-up
/// months after a placement, the days allowed to clear a zero-employment household, the longest public-benefit
/// term, how early a post's end is flagged, and the city's difficulty categories.
/// </summary>
public sealed class EmploymentSettings : CommunityAggregate
{
    public static readonly IReadOnlyList<int> DefaultFollowUpMonths = [1, 3, 6];

    public static readonly IReadOnlyList<string> DefaultCategories =
        ["零就业家庭成员", "低保家庭成员", "残疾人", "大龄失业人员（女40岁、男50岁以上）", "连续失业一年以上", "失地农民", "刑满释放人员"];

    public IReadOnlyList<int> FollowUpMonths { get; private set; } = DefaultFollowUpMonths;
    public int ZeroEmploymentClockDays { get; private set; } = 30;
    public int PostTermMonths { get; private set; } = 36;
    public int PostEndAlertDays { get; private set; } = 90;
    public IReadOnlyList<string> DifficultyCategories { get; private set; } = DefaultCategories;

    public void Change(IReadOnlyList<int> followUpMonths, int clockDays, int postTermMonths, int postEndAlertDays, IReadOnlyList<string> categories)
    {
        FollowUpMonths = followUpMonths.Order().ToList();
        ZeroEmploymentClockDays = clockDays;
        PostTermMonths = postTermMonths;
        PostEndAlertDays = postEndAlertDays;
        DifficultyCategories = categories.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
    }
}
