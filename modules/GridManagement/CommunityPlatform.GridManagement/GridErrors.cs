using CommunityPlatform.Errors;

namespace CommunityPlatform.GridManagement;

/// <summary>Every rule of the module, each with a stable code a client can branch on.</summary>
public static class GridErrors
{
    public static readonly ErrorCode GridNotFound = new("Grid.GridNotFound", "网格不存在", "No such grid");
    public static readonly ErrorCode ParentLevel = new("Grid.ParentLevel", "上级网格须为上一级网格，一级网格没有上级", "A grid sits under a grid of the level just above; a level-1 grid has none");
    public static readonly ErrorCode HasChildren = new("Grid.HasChildren", "请先移除下级网格", "Remove the grids below it first");
    public static readonly ErrorCode HasStaff = new("Grid.HasStaff", "请先移除该网格的人员", "Remove the grid's staff first");
    public static readonly ErrorCode HasRecords = new("Grid.HasRecords", "该网格已有巡查、事件或走访记录，不能删除", "The grid has patrols, events or visits and cannot be removed");
    public static readonly ErrorCode CodeTaken = new("Grid.CodeTaken", "该级网格编号已被占用", "The sequence number is taken at this level");
    public static readonly ErrorCode BuildingsOnlyForLowest = new("Grid.BuildingsOnlyForLowest", "只有三级网格包含楼栋", "Only a level-3 grid covers buildings");
    public static readonly ErrorCode BuildingNotInRegistry = new("Grid.BuildingNotInRegistry", "楼栋不在本社区居民登记中", "The building is not in this community's registry");
    public static readonly ErrorCode BuildingInOtherGrid = new("Grid.BuildingInOtherGrid", "该楼栋已属于另一个网格", "The building already belongs to another grid");
    public static readonly ErrorCode SizeFarOffTarget = new("Grid.SizeFarOffTarget", "网格户数与目标规模相差较大", "The grid's households are far off its target size");

    public static readonly ErrorCode StaffNotFound = new("Grid.StaffNotFound", "网格人员不存在", "No such grid staff");
    public static readonly ErrorCode ResidentNotFound = new("Grid.ResidentNotFound", "居民不在本社区登记中", "No such resident in this community");
    public static readonly ErrorCode AccountNotInCommunity = new("Grid.AccountNotInCommunity", "该账号不是本社区的账号", "The account is not an account of this community");

    public static readonly ErrorCode EventNotFound = new("Grid.EventNotFound", "事件不存在", "No such event");
    public static readonly ErrorCode TransitionNotAllowed = new("Grid.TransitionNotAllowed", "事件当前状态不允许此操作", "The event's state does not allow this action");
    public static readonly ErrorCode AssigneeNotOnGrid = new("Grid.AssigneeNotOnGrid", "只能分派给本网格的网格员或八大员", "Assign only to someone on the event's grid");
    public static readonly ErrorCode DeadlineBeforeReport = new("Grid.DeadlineBeforeReport", "办理时限不能早于上报时间", "The deadline cannot be before the report");
    public static readonly ErrorCode ReportedInFuture = new("Grid.ReportedInFuture", "上报时间不能晚于现在", "The report cannot be in the future");
    public static readonly ErrorCode PartiesRequired = new("Grid.DisputePartiesRequired", "矛盾纠纷须填写当事人", "A dispute names its parties");
    public static readonly ErrorCode OutcomeRequired = new("Grid.DisputeOutcomeRequired", "矛盾纠纷办结须填写调解结果", "A dispute is resolved with its outcome");
    public static readonly ErrorCode SatisfactionRequired = new("Grid.SatisfactionRequired", "结案须填写居民满意度", "Closing records the resident's satisfaction");
    public static readonly ErrorCode StaffRequired = new("Grid.AssigneeRequired", "分派须指定办理人", "Assigning names who handles it");
    public static readonly ErrorCode LevelRequired = new("Grid.SupervisionLevelRequired", "督办须指定督办级别", "Supervising names the level");
    public static readonly ErrorCode NotWaitingHere = new("Grid.EventNotEscalatedHere", "该事件未上报到本级，或已答复", "The event is not waiting for this level's answer");
    public static readonly ErrorCode NoteRequired = new("Grid.NoteRequired", "请填写批示、退回理由或办理结果", "Write the instruction, the reason or the outcome");
    public static readonly ErrorCode InstructionDeadlineRequired = new("Grid.InstructionDeadlineRequired", "批示须指定办理时限", "An instruction sets a deadline");
    public static readonly ErrorCode InstructionDeadlinePast = new("Grid.InstructionDeadlinePast", "办理时限须晚于现在", "The deadline must be in the future");
    public static readonly ErrorCode StreetOrCityOnly = new("Grid.StreetOrCityOnly", "只有街道或市级账号可以答复上报的事件", "Only a street or city account answers escalated events");
    public static readonly ErrorCode NoGridForEvent = new("Grid.NoGridForEvent", "本社区还没有网格，无法受理事件", "The community has no grid to take the event");

    public static readonly ErrorCode BuildingNotInGrid = new("Grid.BuildingNotInGrid", "楼栋不在该网格内", "The building is not in this grid");
    public static readonly ErrorCode HouseholdNotInGrid = new("Grid.HouseholdNotInGrid", "该户不在该网格的楼栋内", "The household is not in this grid's buildings");
    public static readonly ErrorCode HouseholdNotFound = new("Grid.HouseholdNotFound", "户不在本社区登记中", "No such household in this community");

    public static readonly ErrorCode WeightsNotHundred = new("Grid.WeightsNotHundred", "考评权重合计须为100%", "The evaluation weights must add up to 100");
}
