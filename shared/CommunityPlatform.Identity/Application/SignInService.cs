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
    CurrentAccount current,
    ICommunityDirectory directory,
    IAccountAccessSource accessSource,
    DataScope scope,
    AuditTrail audit) : IScopedService
{
    public async Task<TokenResponse> IssueTokenAsync(TokenRequest request)
    {
        var account = await CheckCredentialsAsync(request);
        var (token, expires) = tokens.Issue(account.Id, account.UserName!);
        return new TokenResponse(token, expires, account.MustChangePassword);
    }

    /// <summary>Checks a user name and password with lock-out, and records the success or failure in the audit trail.</summary>
    public async Task<Account> CheckCredentialsAsync(TokenRequest request)
    {
        var account = await users.FindByNameAsync(request.UserName!);
        if (account is null)
        {
            await audit.RecordAsync("Account.SignInFailed", request.UserName!, "unknown user name");
            throw new UnauthorizedException(IdentityErrors.InvalidCredentials);
        }

        scope.AccountId = account.Id;
        scope.AccountName = account.UserName;
        if (await users.IsLockedOutAsync(account)) await FailAsync("locked out", IdentityErrors.LockedOut);
        if (!await users.CheckPasswordAsync(account, request.Password!))
        {
            await users.AccessFailedAsync(account);
            if (await users.IsLockedOutAsync(account)) await FailAsync("wrong password; now locked out", IdentityErrors.LockedOut);
            await FailAsync("wrong password", IdentityErrors.InvalidCredentials);
        }

        if (!account.IsActive) await FailAsync("account disabled", IdentityErrors.Inactive);
        await users.ResetAccessFailedCountAsync(account);
        await audit.RecordAsync("Account.SignedIn", account.UserName!);
        return account;

        async Task FailAsync(string why, ErrorCode error)
        {
            await audit.RecordAsync("Account.SignInFailed", account.UserName!, why);
            throw error == IdentityErrors.InvalidCredentials ? new UnauthorizedException(error) : new ForbiddenException(error);
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

    public async Task ChangePasswordAsync(ChangePasswordRequest request)
    {
        var account = await users.FindByIdAsync(current.Id!.Value.ToString()) ?? throw new NotFoundException(IdentityErrors.NotFound);
        if (!PasswordRule.IsStrong(request.NewPassword!))
            throw new InvalidInputException(IdentityErrors.WeakPassword, "newPassword", IdentityErrors.WeakPassword.EnglishMessage);
        var result = await users.ChangePasswordAsync(account, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded) throw new InvalidInputException(IdentityErrors.WrongPassword, "currentPassword", IdentityErrors.WrongPassword.EnglishMessage);
        account.MustChangePassword = false;
        await users.UpdateAsync(account);
        accessSource.Invalidate(account.Id);
    }
}
