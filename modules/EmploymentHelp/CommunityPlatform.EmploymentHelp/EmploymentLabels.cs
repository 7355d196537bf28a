using CommunityPlatform.Web.Console;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>The module's words in the request's language, for pages and spreadsheets.</summary>
public static class EmploymentLabels
{
    public static string Of(VisitOccasion o) => o switch
    {
        VisitOccasion.SpringFestival => Lang.T("春节", "Spring Festival"),
        VisitOccasion.MidAutumn => Lang.T("中秋", "Mid-Autumn"),
        VisitOccasion.Routine => Lang.T("日常走访", "Routine"),
        VisitOccasion.Illness => Lang.T("病困慰问", "Illness"),
        VisitOccasion.Disaster => Lang.T("灾后慰问", "After a disaster"),
        _ => Lang.T("其他", "Other"),
    };

    public static string Of(PlacementKind k) => k switch
    {
        PlacementKind.Employed => Lang.T("单位就业", "Employed"),
        PlacementKind.Flexible => Lang.T("灵活就业", "Flexible"),
        PlacementKind.SelfEmployed => Lang.T("自主创业", "Self-employed"),
        _ => Lang.T("公益性岗位", "Public-benefit post"),
    };

    public static string Of(DeregistrationReason r) => r switch
    {
        DeregistrationReason.Placed => Lang.T("已就业", "Placed"),
        DeregistrationReason.SelfEmployed => Lang.T("自主创业", "Self-employed"),
        DeregistrationReason.Pension => Lang.T("退休", "Pension"),
        DeregistrationReason.School => Lang.T("升学", "School"),
        DeregistrationReason.Army => Lang.T("参军", "Army"),
        DeregistrationReason.MovedAway => Lang.T("迁出", "Moved away"),
        DeregistrationReason.Incapacity => Lang.T("丧失劳动能力", "Incapacity"),
        _ => Lang.T("其他", "Other"),
    };

    public static string Of(ZeroEmploymentState s) => s switch
    {
        ZeroEmploymentState.Recognised => Lang.T("已认定", "Recognised"),
        ZeroEmploymentState.Assisting => Lang.T("帮扶中", "Assisting"),
        ZeroEmploymentState.Cleared => Lang.T("已清零", "Cleared"),
        _ => Lang.T("已退出", "Exited"),
    };

    public static string Of(DifficultyState s) => s switch
    {
        DifficultyState.Applied => Lang.T("已申请", "Applied"),
        DifficultyState.StreetPassed => Lang.T("街道初审通过", "Passed street review"),
        DifficultyState.Valid => Lang.T("有效", "Valid"),
        DifficultyState.Refused => Lang.T("未通过", "Refused"),
        _ => Lang.T("已撤销", "Revoked"),
    };

    public static string Of(PostKind k) => k == PostKind.PublicBenefit ? Lang.T("公益性岗位", "Public-benefit post") : Lang.T("见习岗位", "Trainee post");

    public static string Of(Education e) => e switch
    {
        Education.Primary => "小学",
        Education.JuniorHigh => "初中",
        Education.SeniorHigh => "高中",
        Education.Vocational => "中专/技校",
        Education.College => "大专",
        Education.Bachelor => "本科",
        _ => "研究生",
    };

    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
