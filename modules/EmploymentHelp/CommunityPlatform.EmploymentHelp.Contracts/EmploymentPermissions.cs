namespace CommunityPlatform.EmploymentHelp;

/// <summary>
/// Who may do what. <see cref="View"/> reads counts, openings, classes and posts (a street account holds it);
/// <see cref="Cases"/> reads the people helped and their sensitive facts — 低保, difficulty category, income — and is
/// held by the module's staff and the secretary only, never by the street, which sees counts.
/// </summary>
public static class EmploymentPermissions
{
    public const string View = "Employment.View";
    public const string Cases = "Employment.Cases";
    public const string Manage = "Employment.Manage";
}

/// <summary>The module's own role templates.</summary>
public static class EmploymentRoles
{
    /// <summary>劳动保障协管员: the community's labour officer, who keeps every ledger of the module.</summary>
    public const string LabourOfficer = "labour-officer";
}
