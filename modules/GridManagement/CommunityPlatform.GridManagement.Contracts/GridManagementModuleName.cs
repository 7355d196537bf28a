namespace CommunityPlatform.GridManagement;

/// <summary>The grid module's name, for a module that depends on it or names its switch.</summary>
public static class GridManagementModuleName
{
    public const string Value = "GridManagement";
}
