namespace CommunityPlatform.Identity;

public static class IdentityPermissions
{
    public const string AccountsView = "Identity.Accounts.View";
    public const string AccountsManage = "Identity.Accounts.Manage";
}
