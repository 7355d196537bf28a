using CommunityPlatform.Data.Auditing;
using CommunityPlatform.Errors;
using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using CommunityPlatform.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace CommunityPlatform.Identity.Application;

/// <summary>Sign-in, the current account, and changing one's own password.</summary>
public sealed class SignInService(
    UserManager<Account> users,
    AccessTokens tokens,
    RequestContext current,
    ICommunityDirectory directory,
    IAccountAccessSource accessSource,
    AuditTrail audit,
    DecoyPassword decoy) : IScopedService
{
    public async Task<TokenResponse> IssueTokenAsync(TokenRequest request)
    {
        var account = await CheckCredentialsAsync(request);
        var (token, expires) = tokens.Issue(account.Id, account.UserName!, account.SecurityStamp!);
        return new TokenResponse(token, expires, account.MustChangePassword);
    }

    /// <summary>
    /// Checks a user name and password with lock-out, and records the success or failure in the audit trail. An unknown
    /// name, a wrong password and a locked account get the same answer after the same work (one password verification,
    /// against a decoy hash when the name is unknown), so neither the answer nor its time tells whether a name exists.
    /// Only someone who gives the right password learns that the account is disabled.
    /// </summary>
    public async Task<Account> CheckCredentialsAsync(TokenRequest request)
    {
        var account = await users.FindByNameAsync(request.UserName!);
        if (account is null)
        {
            decoy.Verify(users.PasswordHasher, request.Password!);
            await audit.RecordAsync("Account.SignInFailed", request.UserName!, "unknown user name");
            throw new UnauthorizedException(IdentityErrors.InvalidCredentials);
        }

        current.AccountId = account.Id;
        current.AccountName = account.UserName;
        var locked = await users.IsLockedOutAsync(account);
        var passwordOk = await users.CheckPasswordAsync(account, request.Password!);
        if (locked) await FailAsync("locked out");
        if (!passwordOk)
        {
            await users.AccessFailedAsync(account);
            await FailAsync(await users.IsLockedOutAsync(account) ? "wrong password; now locked out" : "wrong password");
        }

        if (!account.IsActive)
        {
            await audit.RecordAsync("Account.SignInFailed", account.UserName!, "account disabled");
            throw new ForbiddenException(IdentityErrors.Inactive);
        }

        await users.ResetAccessFailedCountAsync(account);
        await audit.RecordAsync("Account.SignedIn", account.UserName!);
        return account;

        async Task FailAsync(string why)
        {
            await audit.RecordAsync("Account.SignInFailed", account.UserName!, why);
            throw new UnauthorizedException(IdentityErrors.InvalidCredentials);
        }
    }

    public async Task<MeDto> MeAsync()
    {
        var access = current.Access!;
        var account = await users.FindByIdAsync(access.AccountId.ToString()) ?? throw new NotFoundException(IdentityErrors.NotFound);
        var communities = (access.Kind == AccountKind.City ? directory.All : access.Communities.Select(directory.Find).OfType<CommunityInfo>())
            .OrderBy(c => c.Code).Select(c => new CommunityRefDto(c.Id, c.Code, c.Name)).ToList();
        var here = current.CommunityId is { } id && directory.Find(id) is { } c ? new CommunityRefDto(c.Id, c.Code, c.Name) : null;
        var permissions = access.PermissionsIn(current.CommunityId ?? Guid.Empty).Order(StringComparer.Ordinal).ToList();
        if (access.Kind != AccountKind.City && here is null) permissions = [];
        return new MeDto(account.Id, account.UserName!, account.DisplayName, account.Kind, account.StreetId, account.MustChangePassword, communities, here, permissions);
    }

    /// <summary>Changes one's own password; the new security stamp ends every earlier token and session. Returns the account.</summary>
    public async Task<Account> ChangePasswordAsync(ChangePasswordRequest request)
    {
        var account = await users.FindByIdAsync(current.AccountId!.Value.ToString()) ?? throw new NotFoundException(IdentityErrors.NotFound);
        if (!PasswordRule.IsStrong(request.NewPassword!))
            throw new InvalidInputException(IdentityErrors.WeakPassword, "newPassword", IdentityErrors.WeakPassword.Localized());
        var result = await users.ChangePasswordAsync(account, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded) throw new InvalidInputException(IdentityErrors.WrongPassword, "currentPassword", IdentityErrors.WrongPassword.Localized());
        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        accessSource.Invalidate(account.Id);
        return account;
    }
}
