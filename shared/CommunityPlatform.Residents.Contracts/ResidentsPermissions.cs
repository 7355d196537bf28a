namespace CommunityPlatform.Residents;

public static class ResidentsPermissions
{
    public const string View = "Residents.View";
    public const string Manage = "Residents.Manage";

    /// <summary>See ID numbers unmasked; every such read is audited.</summary>
    public const string ViewSensitive = "Residents.ViewSensitive";

    /// <summary>Export the registry to Excel (台账); every export is audited.</summary>
    public const string Export = "Residents.Export";
}
