using CommunityPlatform.Web.Console;

namespace CommunityPlatform.MarketRegister;

/// <summary>The module's words for its enums, in the request's language.</summary>
public static class Labels
{
    public static string Of(ComplaintKind kind) => kind switch
    {
        ComplaintKind.ShortWeight => Lang.T("缺斤短两", "Short weight"),
        ComplaintKind.Price => Lang.T("价格", "Price"),
        ComplaintKind.Quality => Lang.T("质量", "Quality"),
        ComplaintKind.Hygiene => Lang.T("卫生", "Hygiene"),
        ComplaintKind.Attitude => Lang.T("服务态度", "Attitude"),
        ComplaintKind.BlockingRoad => Lang.T("占道经营", "Blocking the road"),
        _ => Lang.T("其他", "Other"),
    };

    public static string Of(StallState state) => state switch
    {
        StallState.Vacant => Lang.T("空闲", "Vacant"),
        StallState.Reserved => Lang.T("预留", "Reserved"),
        StallState.Let => Lang.T("已出租", "Let"),
        _ => Lang.T("停用", "Closed"),
    };

    public static string Of(ComplaintState state) => state switch
    {
        ComplaintState.Received => Lang.T("已受理", "Received"),
        ComplaintState.Reweighed => Lang.T("已复称", "Re-weighed"),
        ComplaintState.Handled => Lang.T("已处理", "Handled"),
        ComplaintState.Answered => Lang.T("已答复", "Answered"),
        ComplaintState.Closed => Lang.T("已办结", "Closed"),
        _ => Lang.T("已转网格", "Sent to the grid"),
    };

    public static string Of(RoundState state) => state switch
    {
        RoundState.Open => Lang.T("报名中", "Open"),
        RoundState.Ranked => Lang.T("已排名", "Ranked"),
        RoundState.Notice => Lang.T("公示中", "On notice"),
        _ => Lang.T("已出租", "Let"),
    };
}
