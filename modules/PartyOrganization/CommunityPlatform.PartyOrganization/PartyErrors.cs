using CommunityPlatform.Errors;

namespace CommunityPlatform.PartyOrganization;

/// <summary>Every rule of the module, each with a stable code a client can branch on.</summary>
public static class PartyErrors
{
    public static readonly ErrorCode UnitNotFound = new("Party.UnitNotFound", "党组织不存在", "No such Party organisation unit");
    public static readonly ErrorCode OwnAncestor = new("Party.UnitOwnAncestor", "党组织不能成为自己的上级", "A unit cannot be its own ancestor");
    public static readonly ErrorCode KindAboveParent = new("Party.UnitKindAboveParent", "下级党组织的层级不能高于或等于上级", "A unit must be of a lower level than its parent");
    public static readonly ErrorCode HasChildren = new("Party.UnitHasChildren", "请先移除下级党组织", "Remove the units below it first");
    public static readonly ErrorCode HasMembers = new("Party.UnitHasMembers", "该党组织还有党员，请先转出", "Move the unit's members first");
    public static readonly ErrorCode SecretaryNotResident = new("Party.SecretaryNotResident", "书记须为本社区居民", "The secretary must be a resident of this community");
    public static readonly ErrorCode UnitNotInCommunity = new("Party.UnitNotInCommunity", "该党组织不属于本社区", "The unit is not one of this community's");
    public static readonly ErrorCode BuildingsOnlyForGroups = new("Party.BuildingsOnlyForGroups", "只有党小组可以联系楼栋", "Only a Party group covers buildings");
    public static readonly ErrorCode BuildingNotInRegistry = new("Party.BuildingNotInRegistry", "楼栋不在本社区居民登记中", "The building is not in this community's registry");
    public static readonly ErrorCode BuildingInOtherGroup = new("Party.BuildingInOtherGroup", "该楼栋已属于另一个楼宇党小组", "The building already belongs to another group");
    public static readonly ErrorCode PostNotForUnit = new("Party.PostNotForUnit", "党支部设书记、副书记和委员，党小组设组长", "A branch has a secretary, deputies and committee members; a group has a leader");
    public static readonly ErrorCode OnePostEach = new("Party.OnePostEach", "一名党员在同一组织中只任一职", "A member holds one post in a unit");
    public static readonly ErrorCode TeamMemberNotInUnit = new("Party.TeamMemberNotInUnit", "任职党员须为该组织（含下级）的在册党员", "The post holder must be an active member of the unit or a unit below it");
    public static readonly ErrorCode GridOnlyForGroups = new("Party.GridOnlyForGroups", "只有党小组可以对应网格", "Only a Party group serves a grid");
    public static readonly ErrorCode GridNotFound = new("Party.GridNotFound", "本社区没有这个网格", "No such grid in this community");
    public static readonly ErrorCode GridsUnavailable = new("Party.GridsUnavailable", "本社区未启用网格化管理，无法对应网格", "Grid management is not enabled in this community, so no grid can be linked");
    public static readonly ErrorCode SeatsOnlyForCommittees = new("Party.SeatsOnlyForCommittees", "只有党委设委员", "Only a committee has seats");

    public static readonly ErrorCode MemberNotFound = new("Party.MemberNotFound", "党员不存在", "No such Party member");
    public static readonly ErrorCode MemberNotResident = new("Party.MemberNotResident", "党员须为本社区登记的居民", "A member must be a resident of this community's registry");
    public static readonly ErrorCode MemberExists = new("Party.MemberExists", "该居民已登记为党员", "This resident is already registered as a member");
    public static readonly ErrorCode FullSinceRequired = new("Party.FullSinceRequired", "正式党员须填写转正日期", "A full member needs the date of becoming full");
    public static readonly ErrorCode FullBeforeJoining = new("Party.FullBeforeJoining", "转正日期不能早于入党日期", "A member cannot become full before joining");
    public static readonly ErrorCode DateInFuture = new("Party.DateInFuture", "日期不能晚于今天", "The date cannot be in the future");
    public static readonly ErrorCode ReportInNotNeeded = new("Party.ReportInNotNeeded", "只有组织关系在工作单位的在职党员需要到社区报到", "Only in-service members whose relation is at their employer report in");
    public static readonly ErrorCode MemberNotActive = new("Party.MemberNotActive", "该党员不在本社区活动（已流出或转出）", "The member is not active here (flowed out or left)");
    public static readonly ErrorCode MoveNotAllowed = new("Party.MoveNotAllowed", "党员当前状态不允许此项接转", "The member's state does not allow this move");
    public static readonly ErrorCode MoveBeforeJoining = new("Party.MoveBeforeJoining", "接转日期不能早于入党日期", "A move cannot be dated before the member joined");

    public static readonly ErrorCode MeetingNotFound = new("Party.MeetingNotFound", "会议不存在", "No such meeting");
    public static readonly ErrorCode MeetingKindNotForUnit = new("Party.MeetingKindNotForUnit", "该类会议不能由此党组织召开", "This kind of meeting is not held by this unit");
    public static readonly ErrorCode AttendeeNotInUnit = new("Party.AttendeeNotInUnit", "参会党员不属于该党组织", "An attendee is not a member of the unit");
    public static readonly ErrorCode AttendeeNotOnCommittee = new("Party.AttendeeNotOnCommittee", "支部委员会只由支部委员参加", "A branch committee meeting is attended by the committee only");
    public static readonly ErrorCode PeriodReversed = new("Party.PeriodReversed", "统计期间的开始日期不能晚于结束日期", "The period starts after it ends");
    public static readonly ErrorCode AbsenceReasonRequired = new("Party.AbsenceReasonRequired", "缺席须填写原因", "An absence needs a reason");

    public static readonly ErrorCode PledgeNotFound = new("Party.PledgeNotFound", "承诺不存在", "No such pledge");
    public static readonly ErrorCode PledgeOwner = new("Party.PledgeOwner", "承诺须由一个党组织或一名党员作出", "A pledge is made by one unit or one member");
    public static readonly ErrorCode PledgeCategoryNotForMember = new("Party.PledgeCategoryNotForMember", "承诺类别与党员类别不符", "The pledge category does not fit the member's category");
    public static readonly ErrorCode DueBeforeMade = new("Party.DueBeforeMade", "践诺期限不能早于承诺日期", "The due date cannot be before the pledge was made");
    public static readonly ErrorCode FulfilledBeforeMade = new("Party.FulfilledBeforeMade", "践诺日期不能早于承诺日期", "A pledge cannot be fulfilled before it was made");
    public static readonly ErrorCode PledgeClosed = new("Party.PledgeClosed", "该承诺已办结", "The pledge is already closed");

    public static readonly ErrorCode ReviewRoundExists = new("Party.ReviewRoundExists", "该年度已有评议", "There is already a review round for that year");
    public static readonly ErrorCode ReviewRoundNotFound = new("Party.ReviewRoundNotFound", "评议不存在", "No such review round");
    public static readonly ErrorCode AwardNeedsExcellent = new("Party.AwardNeedsExcellent", "优秀党员须在当年评议中为优秀", "An excellent-member award needs an excellent review that year");
    public static readonly ErrorCode AwardSubject = new("Party.AwardSubject", "表彰对象与表彰类别不符", "The award's subject does not fit its kind");

    public static readonly ErrorCode PairingNotFound = new("Party.PairingNotFound", "结对不存在", "No such pairing");
    public static readonly ErrorCode PairedWithSelf = new("Party.PairedWithSelf", "党员不能与自己结对", "A member cannot be paired with themselves");
    public static readonly ErrorCode VisitBeforePairing = new("Party.VisitBeforePairing", "走访日期不能早于结对日期", "A visit cannot be before the pairing started");
    public static readonly ErrorCode WishNotFound = new("Party.WishNotFound", "微心愿不存在", "No such micro-wish");
    public static readonly ErrorCode WishNotOpen = new("Party.WishNotOpen", "该微心愿已被认领", "The wish has already been claimed");
    public static readonly ErrorCode WishNotClaimed = new("Party.WishNotClaimed", "微心愿须先认领再实现", "A wish is claimed before it is fulfilled");
    public static readonly ErrorCode DateBeforeStart = new("Party.DateBeforeStart", "日期不能早于开始日期", "The date cannot be before the start");
    public static readonly ErrorCode ErrandNotFound = new("Party.ErrandNotFound", "代办事项不存在", "No such errand");
    public static readonly ErrorCode ErrandDone = new("Party.ErrandDone", "代办事项已办结", "The errand is already done");
    public static readonly ErrorCode ResidentNotFound = new("Party.ResidentNotFound", "本社区无此居民", "No such resident in this community");

    public static readonly ErrorCode JointUnitNotFound = new("Party.JointUnitNotFound", "共建单位不存在", "No such joint-building unit");
    public static readonly ErrorCode AgreementEndsBeforeSigned = new("Party.AgreementEndsBeforeSigned", "协议到期日不能早于签订日", "The agreement cannot end before it was signed");

    public static readonly ErrorCode DuesAlreadyPaid = new("Party.DuesAlreadyPaid", "该党员本月党费已缴", "The member has already paid for that month");
    public static readonly ErrorCode DuesBelowRule = new("Party.DuesBelowRule", "缴纳金额低于按规定应缴的党费", "The amount is below the month's dues by the rule");
    public static readonly ErrorCode DuesBeforeJoining = new("Party.DuesBeforeJoining", "入党前的月份无须缴纳党费", "No dues are owed for months before joining");
}
