using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Identity.Application;

/// <summary>
/// The display accounts of a street's wall screens (大屏), made by the street itself (or by the city for a street it
/// names): they see the big screen of the street's communities and nothing else. Like every account whose password
/// someone else chose, a new one chooses its own at its first sign-in.
/// </summary>
public sealed class DisplayAccountService(AccountsDbContext db, UserManager<Account> users, RequestContext current, TimeProvider clock, IAccountAccessSource accessSource)
    : IScopedService
{
    public async Task<IReadOnlyList<AccountDto>> ListAsync(Guid? streetId, CancellationToken ct)
    {
        var street = StreetOf(streetId);
        var accounts = await db.Users.AsNoTracking().Where(a => a.Kind == AccountKind.Display && a.StreetId == street).OrderBy(a => a.UserName).ToListAsync(ct);
        return accounts.Select(Dto).ToList();
    }

    public async Task<AccountDto> CreateAsync(CreateDisplayRequest request, CancellationToken ct)
    {
        var street = StreetOf(request.StreetId);
        if (!PasswordRule.IsStrong(request.Password!))
            throw new InvalidInputException(IdentityErrors.WeakPassword, "password", IdentityErrors.WeakPassword.Localized());
        if (await users.FindByNameAsync(request.UserName!) is not null) throw new ConflictException(IdentityErrors.UserNameTaken);
        var account = new Account
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName?.Trim(),
            Kind = AccountKind.Display,
            StreetId = street,
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(account, request.Password!);
        if (!result.Succeeded) throw new ConflictException(IdentityErrors.UserNameTaken, string.Join(" ", result.Errors.Select(e => e.Description)));
        return Dto(account);
    }

    /// <summary>
    /// A street takes one of its own display accounts off the wall: the account can no longer sign in and every token and
    /// session it holds ends at once. Only the street's own displays are found (404 for any other account, another
    /// street's display included, and for any account but a street's, so nobody learns of accounts not their own).
    /// </summary>
    public async Task<AccountDto> DisableAsync(Guid id, DisableDisplayRequest request, CancellationToken ct)
    {
        // Nobody but a street that manages displays finds one: a community's account manager, or another street, gets 404.
        var street = current.Access is { Kind: AccountKind.Street, StreetId: { } own } access && access.HasAcross(DisplayAccounts.ManagePermission) ? own : (Guid?)null;
        var account = street is null ? null : await db.Users.FirstOrDefaultAsync(a => a.Id == id && a.Kind == AccountKind.Display && a.StreetId == street, ct);
        if (account is null) throw new NotFoundException(IdentityErrors.NotFound);
        if (account.ConcurrencyStamp != request.ConcurrencyStamp) throw new ConflictException(PlatformErrors.Stale);
        if (account.IsActive)
        {
            account.IsActive = false;
            account.EndSessions();
            var result = await users.UpdateAsync(account);
            if (!result.Succeeded) throw new ConflictException(PlatformErrors.Stale);
            accessSource.Invalidate(id);
        }

        return Dto(account);
    }

    // A street account's own street; the city names one.
    private Guid StreetOf(Guid? named) => current.Access switch
    {
        { Kind: AccountKind.Street, StreetId: { } own } => named is null || named == own ? own : throw new ForbiddenException(PlatformErrors.PermissionDenied, "A street makes display accounts of its own street."),
        { Kind: AccountKind.City } => named ?? throw new InvalidInputException(PlatformErrors.InvalidRequest, "streetId", Language.T("市级账号须指明街道。", "The city names the street.")),
        _ => throw new ForbiddenException(PlatformErrors.PermissionDenied),
    };

    private AccountDto Dto(Account a) =>
        new(a.Id, a.UserName!, a.DisplayName, a.Kind, a.StreetId, a.IsActive, a.LockoutEnd > clock.GetUtcNow(), [], a.ConcurrencyStamp!);
}
