using CommunityPlatform.Web.Console;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>What each role is called, in the request's language.</summary>
public static class StaffRoles
{
    public static string Title(StaffRole role) => role switch
    {
        StaffRole.GridLeader => Lang.T("网格长", "Grid leader"),
        StaffRole.GridWorker => Lang.T("网格员", "Grid worker"),
        StaffRole.BuildingHead => Lang.T("楼栋长", "Building head"),
        StaffRole.PartyLiaison => Lang.T("党建联络员", "Party-building liaison"),
        StaffRole.InformationOfficer => Lang.T("网格信息员", "Information officer"),
        StaffRole.Leader => Lang.T("网格领导", "Grid officer: leader"),
        StaffRole.Police => Lang.T("治安民警", "Grid officer: police"),
        StaffRole.CivilAffairs => Lang.T("民政员", "Grid officer: civil affairs"),
        StaffRole.HumanResources => Lang.T("劳动保障员", "Grid officer: HR and social security"),
        StaffRole.FamilyPlanning => Lang.T("计生员", "Grid officer: family planning"),
        StaffRole.Education => Lang.T("教育员", "Grid officer: education"),
        StaffRole.Legal => Lang.T("法律员", "Grid officer: legal"),
        _ => Lang.T("街道包片领导", "Grid officer: street leader"),
    };
}
