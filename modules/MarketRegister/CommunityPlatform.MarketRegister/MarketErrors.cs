using CommunityPlatform.Errors;

namespace CommunityPlatform.MarketRegister;

/// <summary>The module's stable error codes, each with its message in Chinese and English.</summary>
public static class MarketErrors
{
    public static readonly ErrorCode MarketNotFound = new("Market.MarketNotFound", "市场不存在", "No such market");
    public static readonly ErrorCode StallNotFound = new("Market.StallNotFound", "摊位不存在", "No such stall");
    public static readonly ErrorCode StallNumberTaken = new("Market.StallNumberTaken", "该市场已有此摊位号", "The market has a stall with that number");
    public static readonly ErrorCode ZoneUnknown = new("Market.ZoneUnknown", "市场没有这个区域", "The market has no such zone");
    public static readonly ErrorCode StallLetByRound = new("Market.StallLetByRound", "摊位只能经分配或租约出租", "A stall is let only through an allocation round or a lease");
    public static readonly ErrorCode ShopNotFound = new("Market.ShopNotFound", "门店不存在", "No such shop");
    public static readonly ErrorCode BuildingNotFound = new("Market.BuildingNotFound", "楼栋不存在", "No such building");
    public static readonly ErrorCode RoundNotFound = new("Market.RoundNotFound", "分配轮次不存在", "No such allocation round");
    public static readonly ErrorCode StallNotAvailable = new("Market.StallNotAvailable", "摊位不在该市场或不空闲", "A stall is not of the market or not vacant");
    public static readonly ErrorCode RoundStepNotAllowed = new("Market.RoundStepNotAllowed", "分配轮次当前状态不允许此操作", "The round's state does not allow this");
    public static readonly ErrorCode ApplyByPast = new("Market.ApplyByPast", "报名截止日期已过", "The last day to apply is past");
    public static readonly ErrorCode ApplicationNotFound = new("Market.ApplicationNotFound", "申请不存在", "No such application");
    public static readonly ErrorCode ApplicantUnknown = new("Market.ApplicantUnknown", "居民申请需居民，外来申请需姓名及身份证号或信用代码", "A resident's application names the resident; an outsider's a name and an ID number or credit code");
    public static readonly ErrorCode IdNumberInvalid = new("Market.IdNumberInvalid", "身份证号码无效", "The ID number is not valid");
    public static readonly ErrorCode ResidentNotFound = new("Market.ResidentNotFound", "居民不存在", "No such resident");
    public static readonly ErrorCode AlreadyApplied = new("Market.AlreadyApplied", "本轮已有此人的申请", "This person has applied in this round already");
    public static readonly ErrorCode NoticeNotOver = new("Market.NoticeNotOver", "公示期未满五个工作日", "The notice has not yet run five working days");
    public static readonly ErrorCode ObjectionsOpen = new("Market.ObjectionsOpen", "尚有未答复的异议", "Objections are still unanswered");
    public static readonly ErrorCode ObjectionNotFound = new("Market.ObjectionNotFound", "异议不存在", "No such objection");
    public static readonly ErrorCode NoticeNotFound = new("Market.NoticeNotFound", "公示不存在", "No such notice");
    public static readonly ErrorCode VendorNotFound = new("Market.VendorNotFound", "经营户不存在", "No such vendor");
    public static readonly ErrorCode ComplaintNotFound = new("Market.ComplaintNotFound", "投诉不存在", "No such complaint");
    public static readonly ErrorCode ComplaintStepNotAllowed = new("Market.ComplaintStepNotAllowed", "投诉当前状态不允许此操作", "The complaint's state does not allow this");
    public static readonly ErrorCode WeightsRequired = new("Market.WeightsRequired", "复称需填写申报重量和实称重量", "A re-weigh needs the stated and the measured weight");
    public static readonly ErrorCode HandlingRequired = new("Market.HandlingRequired", "请填写处理方式", "Say how it was handled");
    public static readonly ErrorCode SatisfactionRequired = new("Market.SatisfactionRequired", "请填写满意度", "Say how satisfied the complainant is");
    public static readonly ErrorCode GridOff = new("Market.GridOff", "本社区未启用网格化管理", "The community has the grid module off");
    public static readonly ErrorCode ScaleNotFound = new("Market.ScaleNotFound", "公平秤不存在", "No such scale");
    public static readonly ErrorCode VendorLeft = new("Market.VendorLeft", "经营户已退出市场", "The vendor has left the market");
    public static readonly ErrorCode FileKept = new("Market.FileKept", "经营户档案须在退出后保留至少六个月", "A vendor's file is kept at least six months after they leave");
    public static readonly ErrorCode LeaseNotFound = new("Market.LeaseNotFound", "租约不存在", "No such lease");
    public static readonly ErrorCode LeaseStepNotAllowed = new("Market.LeaseStepNotAllowed", "租约当前状态不允许此操作", "The lease's state does not allow this");
    public static readonly ErrorCode LeaseDates = new("Market.LeaseDates", "租约结束日期须晚于开始日期", "A lease ends after it starts");
    public static readonly ErrorCode BreachUnproven = new("Market.BreachUnproven", "违约解约需有复称不足记录或两次以上成立的投诉", "A breach needs a short re-weigh or two or more upheld complaints on record");
    public static readonly ErrorCode StallTaken = new("Market.StallTaken", "摊位已有有效租约", "The stall has a lease in force");
    public static readonly ErrorCode BillNotFound = new("Market.BillNotFound", "账单不存在", "No such bill");
    public static readonly ErrorCode Overpaid = new("Market.Overpaid", "缴费金额超过欠费", "The payment is more than is owed");
    public static readonly ErrorCode InspectionNotFound = new("Market.InspectionNotFound", "检查记录不存在", "No such inspection");
    public static readonly ErrorCode FindingNotFound = new("Market.FindingNotFound", "检查问题不存在", "No such finding");
    public static readonly ErrorCode FindingStepNotAllowed = new("Market.FindingStepNotAllowed", "问题当前状态不允许此操作", "The finding's state does not allow this");
    public static readonly ErrorCode ReceivedInFuture = new("Market.ReceivedInFuture", "受理时间不能晚于现在", "Received in the future");
}
