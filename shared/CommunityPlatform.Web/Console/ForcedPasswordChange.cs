namespace CommunityPlatform.Web.Console;

/// <summary>
/// Someone else chose this password (a new account, a reset): until the person chooses their own, the endpoint policy
/// sends the console to <see cref="PasswordPage"/> and the API answers 403 <c>Account.MustChangePassword</c>.
/// </summary>
public static class ForcedPasswordChange
{
    /// <summary>The session cookie's mark, so the password page can say why it is shown.</summary>
    public const string Claim = "cp:must-change-password";

    public const string PasswordPage = "/account/password";
}
