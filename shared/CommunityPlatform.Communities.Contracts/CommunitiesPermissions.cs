namespace CommunityPlatform.Communities;

/// <summary>Permissions of the communities module. Managing communities and module switches is the city administrator's alone.</summary>
public static class CommunitiesPermissions
{
    public const string View = "Platform.Communities.View";
    public const string Manage = "Platform.Communities.Manage";
    public const string ManageModules = "Platform.Modules.Manage";
    public const string ViewAudit = "Platform.Audit.View";

    /// <summary>See integration events that could not be delivered and send them again: the city operator's.</summary>
    public const string ManageEvents = "Platform.Events.Manage";
}
