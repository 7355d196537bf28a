using CommunityPlatform.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace CommunityPlatform.Identity.Application;

/// <summary>Puts <see cref="PasswordRule"/> into Identity's pipeline, so every way of setting a password obeys it.</summary>
public sealed class ThreeKindsPasswordValidator : IPasswordValidator<Account>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password) =>
        Task.FromResult(password is not null && PasswordRule.IsStrong(password)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = IdentityErrors.WeakPassword.Code, Description = IdentityErrors.WeakPassword.EnglishMessage }));
}
