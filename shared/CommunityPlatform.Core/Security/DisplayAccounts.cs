namespace CommunityPlatform.Security;

/// <summary>
/// The wall display of a street's service centre (大屏): a display account (<see cref="AccountKind.Display"/>) holds only
/// <see cref="ScreenPermission"/> over its street's communities; a street account makes it with <see cref="ManagePermission"/>.
/// </summary>
public static class DisplayAccounts
{
    /// <summary>See the big screen: street and city accounts, and display accounts (which see nothing else).</summary>
    public const string ScreenPermission = "Platform.Screen.View";

    /// <summary>Make and list the street's display accounts: a street's own action.</summary>
    public const string ManagePermission = "Identity.Displays.Manage";
}
