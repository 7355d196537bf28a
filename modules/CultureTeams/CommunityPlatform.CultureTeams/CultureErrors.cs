using CommunityPlatform.Errors;

namespace CommunityPlatform.CultureTeams;

/// <summary>Every rule of the module, each with a stable code a client can branch on.</summary>
public static class CultureErrors
{
    public static readonly ErrorCode VenueNotFound = new("Culture.VenueNotFound", "场地不存在", "No such venue");
    public static readonly ErrorCode VenueTaken = new("Culture.VenueTaken", "该时段场地已被预约", "The venue is already booked for that time");
    public static readonly ErrorCode OutsideOpenHours = new("Culture.OutsideOpenHours", "预约时段不在场地开放时间内", "The booking is outside the venue's open hours");
    public static readonly ErrorCode EndsBeforeStart = new("Culture.EndsBeforeStart", "结束时间须晚于开始时间", "The end must be after the start");
    public static readonly ErrorCode BookingNotFound = new("Culture.BookingNotFound", "预约不存在", "No such booking");
    public static readonly ErrorCode BookingStep = new("Culture.BookingStepNotAllowed", "预约当前状态不允许此操作", "The booking's state does not allow this action");
    public static readonly ErrorCode VenueInUse = new("Culture.VenueInUse", "场地仍有预约、队伍或睦邻点，不能删除", "The venue still has bookings, teams or points");

    public static readonly ErrorCode TeamNotFound = new("Culture.TeamNotFound", "队伍不存在", "No such team");
    public static readonly ErrorCode TeamStep = new("Culture.TeamStepNotAllowed", "队伍当前状态不允许此操作", "The team's state does not allow this action");
    public static readonly ErrorCode ResidentNotFound = new("Culture.ResidentNotFound", "居民不在本社区登记中", "No such resident in this community");
    public static readonly ErrorCode MemberNeedsName = new("Culture.MemberNeedsNameAndPhone", "非本社区居民须填写姓名和电话", "Someone outside the registry is entered with name and phone");
    public static readonly ErrorCode AlreadyMember = new("Culture.AlreadyMember", "已是该队成员", "Already a member of the team");
    public static readonly ErrorCode MemberNotFound = new("Culture.MemberNotFound", "队员不存在", "No such team member");
    public static readonly ErrorCode ScheduleTimes = new("Culture.ScheduleTimes", "活动时间须有开始和结束，且结束晚于开始", "A schedule has a start and a later end");

    public static readonly ErrorCode ActivityNotFound = new("Culture.ActivityNotFound", "活动不存在", "No such activity");
    public static readonly ErrorCode ActivityStep = new("Culture.ActivityStepNotAllowed", "活动当前状态不允许此操作", "The activity's state does not allow this action");
    public static readonly ErrorCode ActivityLocked = new("Culture.ActivityLocked", "活动已记录，不能再修改", "The activity is recorded and no longer changes");
    public static readonly ErrorCode AttendanceClosed = new("Culture.AttendanceClosed", "活动当前不能签到", "Attendance cannot be taken now");
    public static readonly ErrorCode AlreadyCheckedIn = new("Culture.AlreadyCheckedIn", "已经签到", "Already checked in");
    public static readonly ErrorCode FullyBooked = new("Culture.FullyBooked", "报名人数已满", "The activity is full");
    public static readonly ErrorCode OnlyPublicity = new("Culture.OnlyPublicity", "只有宣传活动收集的信息可转网格", "Only a publicity session's information goes to the grid");
    public static readonly ErrorCode GridOff = new("Culture.GridOff", "本社区未开启网格化管理模块", "The grid module is off in this community");
    public static readonly ErrorCode PointNotFound = new("Culture.PointNotFound", "睦邻点不存在", "No such neighbourhood point");
    public static readonly ErrorCode PointPlace = new("Culture.PointPlace", "睦邻点须在场地或居民家中（二选一）", "A point meets at a venue or in a home, one of the two");

    public static readonly ErrorCode VolunteerNotFound = new("Culture.VolunteerNotFound", "志愿者不存在", "No such volunteer");
    public static readonly ErrorCode AlreadyVolunteer = new("Culture.AlreadyVolunteer", "该居民已登记为志愿者", "The resident is already a volunteer");
    public static readonly ErrorCode RecordNotFound = new("Culture.ServiceRecordNotFound", "服务记录不存在", "No such service record");
    public static readonly ErrorCode RecordStep = new("Culture.ServiceStepNotAllowed", "服务记录当前状态不允许此操作", "The record's state does not allow this action");
    public static readonly ErrorCode RecordConfirmed = new("Culture.ServiceRecordConfirmed", "已确认的服务记录不能修改，请登记冲正", "A confirmed record is never changed: enter a reversal");
    public static readonly ErrorCode DailyCap = new("Culture.DailyCapExceeded", "当日服务时长超过上限", "The day's service hours exceed the cap");
    public static readonly ErrorCode Overlap = new("Culture.ServiceOverlap", "与该志愿者当日的其他服务记录时间重叠", "Overlaps another record of the volunteer that day");
    public static readonly ErrorCode AlreadyReversed = new("Culture.AlreadyReversed", "该记录已冲正", "The record is already reversed");
    public static readonly ErrorCode ServiceInFuture = new("Culture.ServiceInFuture", "服务日期不能晚于今天", "Service cannot be in the future");
    public static readonly ErrorCode LadderNotRising = new("Culture.LadderNotRising", "星级时长须逐级递增", "Each star needs more hours than the one before");
    public static readonly ErrorCode PeriodInvalid = new("Culture.PeriodInvalid", "起止日期有误", "The period is not valid");

    public static readonly ErrorCode HouseholdNotFound = new("Culture.HouseholdNotFound", "户不在本社区登记中", "No such household in this community");
    public static readonly ErrorCode TitleTaken = new("Culture.TitleTaken", "该户当年已获此称号", "The household already holds this title for the year");
    public static readonly ErrorCode TitleNotFound = new("Culture.TitleNotFound", "称号记录不存在", "No such title");
    public static readonly ErrorCode CalendarNotFound = new("Culture.CalendarNotFound", "社区不存在或未开启文化队伍", "No such community calendar");
    public static readonly ErrorCode NotPartyMember = new("Culture.NotPartyMember", "该居民不是本社区党员", "The resident is not a Party member of the community");
    public static readonly ErrorCode EquipmentNotFound = new("Culture.EquipmentNotFound", "设备不存在", "No such equipment");
}
