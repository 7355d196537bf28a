using CommunityPlatform.Web.Console;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// How a worker names a household: building, dwelling and householder (<c>3号楼 1单元101 王秀英</c>). The address alone
/// (<c>五一街社区1号楼</c>) is the same for every household of a building, so it is the last resort.
/// </summary>
public static class HouseholdLabel
{
    public static string Of(string building, string? dwelling, string address, string? householder)
    {
        var where = string.IsNullOrWhiteSpace(dwelling) || string.IsNullOrEmpty(building)
            ? address
            : Lang.T($"{building}号楼 {dwelling}", $"Building {building} {dwelling}");
        return string.IsNullOrWhiteSpace(householder) ? where : $"{where} {householder}";
    }
}
