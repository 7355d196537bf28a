using CommunityPlatform.Errors;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>Every rule of the module, each with a stable code a client can branch on.</summary>
public static class EmploymentErrors
{
    public static readonly ErrorCode NotFound = new("Employment.NotFound", "记录不存在", "No such record");
    public static readonly ErrorCode HouseholdNotFound = new("Employment.HouseholdNotFound", "户不在本社区登记中", "No such household in this community");
    public static readonly ErrorCode ResidentNotFound = new("Employment.ResidentNotFound", "居民不在本社区登记中", "No such resident in this community");
    public static readonly ErrorCode AlreadyOnLowIncome = new("Employment.AlreadyOnLowIncome", "该户已在低保名册中", "The household is already on the 低保 register");
    public static readonly ErrorCode LowIncomeEnded = new("Employment.LowIncomeEnded", "该户已退出低保", "The household has left 低保");
    public static readonly ErrorCode DateBeforeStart = new("Employment.DateBeforeStart", "日期不能早于开始日期", "The date cannot be before the start");
    public static readonly ErrorCode DateInFuture = new("Employment.DateInFuture", "日期不能晚于今天", "The date cannot be in the future");
    public static readonly ErrorCode VisitNeedsWhom = new("Employment.VisitNeedsWhom", "走访须指定户或居民", "A visit names a household or a resident");
    public static readonly ErrorCode AlreadyRegistered = new("Employment.AlreadyRegistered", "该居民已有有效的失业登记", "The resident already has a valid registration");
    public static readonly ErrorCode NotValid = new("Employment.NotValid", "该登记已注销", "The registration has ended");
    public static readonly ErrorCode NoSuchFollowUp = new("Employment.NoSuchFollowUp", "该安置没有此次回访", "The placement has no such follow-up");
    public static readonly ErrorCode AlreadyOpen = new("Employment.ZeroEmploymentOpen", "该户已在零就业家庭名册中", "The household is already an open zero-employment case");
    public static readonly ErrorCode StepNotAllowed = new("Employment.StepNotAllowed", "当前状态不允许此操作", "The case's state does not allow this step");
    public static readonly ErrorCode EmployedMemberRequired = new("Employment.EmployedMemberRequired", "清零须指定已稳定就业的家庭成员", "Clearing names the member now in stable work");
    public static readonly ErrorCode NotAMember = new("Employment.NotAMember", "该居民不是该户成员", "The resident is not a member of the household");
    public static readonly ErrorCode ReasonRequired = new("Employment.ReasonRequired", "须填写原因", "A reason is required");
    public static readonly ErrorCode CategoryUnknown = new("Employment.CategoryUnknown", "认定类别不在本市类别清单中", "The category is not on the city's list");
    public static readonly ErrorCode CaseOpen = new("Employment.DifficultyCaseOpen", "该居民已有在办或有效的认定", "The resident already has a pending or valid case");
    public static readonly ErrorCode TermTooLong = new("Employment.PostTermTooLong", "岗位期限超过规定年限", "The post's term is longer than allowed");
    public static readonly ErrorCode AlreadyEnrolled = new("Employment.AlreadyEnrolled", "该居民已报名此班", "The resident is already enrolled");
    public static readonly ErrorCode OpeningClosed = new("Employment.OpeningClosed", "该岗位已关闭", "The opening is closed");
    public static readonly ErrorCode FollowUpMonthsInvalid = new("Employment.FollowUpMonthsInvalid", "回访月份须为1到24之间且不重复", "Follow-up months are 1 to 24, each once");
}
