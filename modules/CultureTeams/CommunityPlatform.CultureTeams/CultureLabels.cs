using CommunityPlatform.Web.Console;

namespace CommunityPlatform.CultureTeams;

/// <summary>The module's words for its enums, in the request's language.</summary>
public static class CultureLabels
{
    public static string Of(ActivityKind kind) => kind switch
    {
        ActivityKind.Training => Lang.T("培训", "Training"),
        ActivityKind.Performance => Lang.T("演出", "Performance"),
        ActivityKind.Publicity => Lang.T("宣传", "Publicity"),
        ActivityKind.Lecture => Lang.T("讲座（学习超市）", "Lecture"),
        ActivityKind.Exhibition => Lang.T("展览", "Exhibition"),
        ActivityKind.Festival => Lang.T("文化节", "Festival"),
        _ => Lang.T("活动", "Activity"),
    };

    public static string Of(ActivityState state) => state switch
    {
        ActivityState.Planned => Lang.T("计划中", "Planned"),
        ActivityState.Open => Lang.T("报名中", "Open for sign-up"),
        ActivityState.Held => Lang.T("已举办", "Held"),
        ActivityState.Recorded => Lang.T("已记录", "Recorded"),
        _ => Lang.T("已结束", "Closed"),
    };

    public static string Of(TeamKind kind) => kind switch
    {
        TeamKind.Culture => Lang.T("文艺", "Culture"),
        TeamKind.Sports => Lang.T("体育", "Sports"),
        _ => Lang.T("志愿服务", "Volunteer"),
    };

    public static string Of(TeamState state) => state switch
    {
        TeamState.Proposed => Lang.T("筹建", "Proposed"),
        TeamState.Active => Lang.T("活跃", "Active"),
        TeamState.Dormant => Lang.T("休眠", "Dormant"),
        _ => Lang.T("已解散", "Dissolved"),
    };

    public static string Of(VenueKind kind) => kind switch
    {
        VenueKind.Square => Lang.T("文化广场", "Culture square"),
        VenueKind.Library => Lang.T("图书室", "Library"),
        VenueKind.ActivityCentre => Lang.T("活动中心", "Activity centre"),
        VenueKind.FunctionRoom => Lang.T("功能室", "Function room"),
        _ => Lang.T("大厅", "Hall"),
    };

    public static string Of(BookingState state) => state switch
    {
        BookingState.Requested => Lang.T("待审批", "Requested"),
        BookingState.Approved => Lang.T("已批准", "Approved"),
        BookingState.Rejected => Lang.T("已驳回", "Rejected"),
        BookingState.Used => Lang.T("已使用", "Used"),
        BookingState.NoShow => Lang.T("未到场", "No-show"),
        _ => Lang.T("已取消", "Cancelled"),
    };

    public static string Of(ServiceState state) => state switch
    {
        ServiceState.Draft => Lang.T("草稿", "Draft"),
        ServiceState.Submitted => Lang.T("待确认", "Submitted"),
        ServiceState.Confirmed => Lang.T("已确认", "Confirmed"),
        _ => Lang.T("未通过", "Declined"),
    };

    public static string Of(FamilyTitleKind title) => title switch
    {
        FamilyTitleKind.CivilizedFamily => Lang.T("文明家庭", "Civilised family"),
        FamilyTitleKind.BookishFamily => Lang.T("书香家庭", "Bookish family"),
        _ => Lang.T("文化之家", "Culture home"),
    };
}
