using Microsoft.AspNetCore.Identity;

namespace CommunityPlatform.Identity.Domain;

/// <summary>8+ characters drawn from at least three of: upper case, lower case, digits, symbols (the usual government-network rule).</summary>
public sealed class ThreeKindsPasswordValidator : IPasswordValidator<Account>
{
    public const int MinimumLength = 8;

    public static bool IsStrong(string password)
    {
        if (password.Length < MinimumLength) return false;
        var kinds = new[] { password.Any(char.IsUpper), password.Any(char.IsLower), password.Any(char.IsDigit), password.Any(c => !char.IsLetterOrDigit(c)) };
        return kinds.Count(k => k) >= 3;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password) =>
        Task.FromResult(password is not null && IsStrong(password)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = IdentityErrors.WeakPassword.Code, Description = IdentityErrors.WeakPassword.EnglishMessage }));
}
