namespace CommunityPlatform.Identity.Domain;

/// <summary>8+ characters drawn from at least three of: upper case, lower case, digits, symbols (the usual government-network rule).</summary>
public static class PasswordRule
{
    public const int MinimumLength = 8;

    public static bool IsStrong(string password)
    {
        if (password.Length < MinimumLength) return false;
        var kinds = new[] { password.Any(char.IsUpper), password.Any(char.IsLower), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) };
        return kinds.Count(k => k) >= 3;
    }
}
