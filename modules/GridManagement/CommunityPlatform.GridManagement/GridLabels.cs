using CommunityPlatform.Web.Console;

namespace CommunityPlatform.GridManagement;

/// <summary>What states and kinds of events are called, in the request's language.</summary>
public static class GridLabels
{
    public static string Of(EventState state) => state switch
    {
        EventState.Reported => Lang.T("已上报", "Reported"),
        EventState.Accepted => Lang.T("已受理", "Accepted"),
        EventState.Assigned => Lang.T("已分派", "Assigned"),
        EventState.InProgress => Lang.T("办理中", "In progress"),
        EventState.Resolved => Lang.T("已办结", "Resolved"),
        EventState.Closed => Lang.T("已结案", "Closed"),
        EventState.EscalatedToCity => Lang.T("已上报市级", "Escalated to the city"),
        _ => Lang.T("已上报街道", "Escalated"),
    };

    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Dispute => Lang.T("矛盾纠纷", "Dispute"),
        EventKind.Sanitation => Lang.T("环境卫生", "Sanitation"),
        EventKind.Safety => Lang.T("治安安全", "Safety"),
        EventKind.Facilities => Lang.T("设施维修", "Facilities"),
        EventKind.Welfare => Lang.T("民生求助", "Welfare"),
        EventKind.Complaint => Lang.T("投诉", "Complaint"),
        _ => Lang.T("其他", "Other"),
    };

    public static string Of(EventAction action) => action switch
    {
        EventAction.Report => Lang.T("上报", "Report"),
        EventAction.Accept => Lang.T("受理", "Accept"),
        EventAction.Assign => Lang.T("分派", "Assign"),
        EventAction.Start => Lang.T("开始办理", "Start"),
        EventAction.Resolve => Lang.T("办结", "Resolve"),
        EventAction.Close => Lang.T("结案", "Close"),
        EventAction.SendBack => Lang.T("退回", "Send back"),
        EventAction.Escalate => Lang.T("上报街道", "Escalate"),
        EventAction.Receive => Lang.T("签收", "Receive"),
        EventAction.Instruct => Lang.T("批示", "Instruct"),
        EventAction.Return => Lang.T("退回", "Send back"),
        EventAction.Conclude => Lang.T("办结", "Conclude"),
        _ => Lang.T("督办", "Supervise"),
    };

    public static string Of(EventSource source) => source switch
    {
        EventSource.Hotline => Lang.T("民情热线", "Hotline"),
        EventSource.Online => Lang.T("网上平台", "Online"),
        EventSource.Patrol => Lang.T("巡查发现", "Patrol"),
        EventSource.Visit => Lang.T("走访发现", "Visit"),
        EventSource.Meeting => Lang.T("联席会议", "Joint meeting"),
        _ => Lang.T("其他模块转来", "Another module"),
    };

    public static string Of(OversightLevel level) => level == OversightLevel.City ? Lang.T("市级", "City") : Lang.T("街道", "Street");

    public static string Of(SupervisionLevel card) => card switch
    {
        SupervisionLevel.YellowCard => Lang.T("黄牌", "Yellow card"),
        SupervisionLevel.RedCard => Lang.T("红牌", "Red card"),
        _ => Lang.T("一般", "Ordinary"),
    };
}
