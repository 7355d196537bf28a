using CommunityPlatform.Web.Console;
using CommunityPlatform.Application;

namespace CommunityPlatform.PartyOrganization;

/// <summary>The module's words in both languages, for reports, cards and pages alike.</summary>
public static class PartyLabels
{
    public static string Of(MemberCategory category) => category switch
    {
        MemberCategory.InService => Lang.T("在职", "In service"),
        MemberCategory.Retired => Lang.T("离退休", "Retired"),
        MemberCategory.Mobile => Lang.T("流动", "Mobile"),
        _ => Lang.T("下岗", "Laid off"),
    };

    public static string Of(UnitKind kind) => kind switch
    {
        UnitKind.Committee => Lang.T("党委", "Committee"),
        UnitKind.GeneralBranch => Lang.T("党总支", "General branch"),
        UnitKind.Branch => Lang.T("党支部", "Branch"),
        _ => Lang.T("党小组", "Group"),
    };

    public static string Of(MeetingKind kind) => kind switch
    {
        MeetingKind.BranchMembers => Lang.T("支部党员大会", "Branch members' meeting"),
        MeetingKind.BranchCommittee => Lang.T("支部委员会", "Branch committee"),
        MeetingKind.Group => Lang.T("党小组会", "Group meeting"),
        MeetingKind.Lecture => Lang.T("党课", "Party lecture"),
        MeetingKind.ThemeDay => Lang.T("主题党日", "Theme Party day"),
        _ => Lang.T("党员学习日", "Study day"),
    };

    public static string Of(PledgeCategory category) => category switch
    {
        PledgeCategory.ServiceProject => Lang.T("为民办实事", "Service project"),
        PledgeCategory.WorkplaceExcellence => Lang.T("岗位建功", "Excellence at work"),
        PledgeCategory.CommunityService => Lang.T("社区服务", "Community service"),
        PledgeCategory.PassingOnExperience => Lang.T("发挥余热", "Passing on experience"),
        PledgeCategory.NeighbourlyHelp => Lang.T("邻里互助", "Neighbourly help"),
        PledgeCategory.SelfReliance => Lang.T("自强创业", "Self-reliance"),
        _ => Lang.T("技能提升", "New skills"),
    };

    public static string Of(PledgeState state) => state switch
    {
        PledgeState.Open => Lang.T("践诺中", "Open"),
        PledgeState.Fulfilled => Lang.T("已践诺", "Fulfilled"),
        _ => Lang.T("未践诺", "Not fulfilled"),
    };

    public static string Of(MemberState state) => state switch
    {
        MemberState.Active => Lang.T("在册", "Active"),
        MemberState.FlowedOut => Lang.T("流出", "Flowed out"),
        _ => Lang.T("已转出", "Left"),
    };

    public static string Of(MoveKind kind) => kind switch
    {
        MoveKind.Registered => Lang.T("登记", "Registered"),
        MoveKind.TransferredIn => Lang.T("转入", "Transferred in"),
        MoveKind.MovedUnit => Lang.T("调整支部", "Moved unit"),
        MoveKind.FlowedOut => Lang.T("流出", "Flowed out"),
        MoveKind.FlowedBack => Lang.T("流入", "Flowed back"),
        _ => Lang.T("转出", "Transferred out"),
    };

    public static string Of(ManagementMode mode) => mode switch
    {
        ManagementMode.Direct => Lang.T("直接管理", "Direct"),
        ManagementMode.Dual => Lang.T("双重管理", "Dual"),
        ManagementMode.TakenOver => Lang.T("接手管理", "Taken over"),
        _ => Lang.T("协助管理", "Assisted"),
    };

    public static string Of(ReviewResult result) => result switch
    {
        ReviewResult.Excellent => Lang.T("优秀", "Excellent"),
        ReviewResult.Qualified => Lang.T("合格", "Qualified"),
        ReviewResult.BasicallyQualified => Lang.T("基本合格", "Basically qualified"),
        _ => Lang.T("不合格", "Unqualified"),
    };

    public static string Of(AwardKind kind) => kind switch
    {
        AwardKind.ExcellentMember => Lang.T("优秀党员", "Excellent member"),
        AwardKind.LearningFamily => Lang.T("学习型家庭", "Learning family"),
        AwardKind.LearningBuilding => Lang.T("学习型楼群", "Learning building"),
        _ => Lang.T("学习型党小组", "Learning group"),
    };

    public static string Of(WishState state) => state switch
    {
        WishState.Posted => Lang.T("待认领", "Posted"),
        WishState.Claimed => Lang.T("已认领", "Claimed"),
        _ => Lang.T("已实现", "Fulfilled"),
    };

    public static string Of(DuesClass dues) => dues switch
    {
        DuesClass.Income => Lang.T("按工资收入", "By income"),
        DuesClass.Pension => Lang.T("按离退休费", "By pension"),
        _ => Lang.T("每月0.2元", "0.2 yuan a month"),
    };

    /// <summary>A rate as the reports print it, the counts first so a reader can check it: "546 / 569 = 96.0%".</summary>
    public static string Of(Rate rate) =>
        rate.Of == 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rate.Count} / {rate.Of} = —")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rate.Count} / {rate.Of} = {rate.Percent:0.0}%");

    public static string Yuan(long fen) => (fen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
