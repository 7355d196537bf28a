using CommunityPlatform.Errors;

namespace CommunityPlatform.GridManagement.Domain;

/// <summary>Every rule of the module, each with a stable code a client can branch on.</summary>
public static class GridErrors
{
    public static readonly ErrorCode GridNotFound = new("Grid.GridNotFound", "网格不存在", "No such grid");
    public static readonly ErrorCode ParentLevel = new("Grid.ParentLevel", "上级网格须为上一级网格，一级网格没有上级", "A grid sits under a grid of the level just above; a level-1 grid has none");
    public static readonly ErrorCode HasChildren = new("Grid.HasChildren", "请先移除下级网格", "Remove the grids below it first");
    public static readonly ErrorCode CodeTaken = new("Grid.CodeTaken", "该级网格编号已被占用", "The sequence number is taken at this level");
    public static readonly ErrorCode BuildingsOnlyForLowest = new("Grid.BuildingsOnlyForLowest", "只有三级网格包含楼栋", "Only a level-3 grid covers buildings");
    public static readonly ErrorCode BuildingNotInRegistry = new("Grid.BuildingNotInRegistry", "楼栋不在本社区居民登记中", "The building is not in this community's registry");
    public static readonly ErrorCode BuildingInOtherGrid = new("Grid.BuildingInOtherGrid", "该楼栋已属于另一个网格", "The building already belongs to another grid");
    public static readonly ErrorCode SizeFarOffTarget = new("Grid.SizeFarOffTarget", "网格户数与目标规模相差较大", "The grid's households are far off its target size");

    public static readonly ErrorCode StaffNotFound = new("Grid.StaffNotFound", "网格人员不存在", "No such grid staff");
    public static readonly ErrorCode ResidentNotFound = new("Grid.ResidentNotFound", "居民不在本社区登记中", "No such resident in this community");
}
