using CommunityPlatform.Application;
using CommunityPlatform.Data;
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
/// Accounts and their roles. The city administrator manages all of them. A community account manages only the accounts
/// that belong wholly to its community — every grant there, none elsewhere; any other account answers 404 as if it did
/// not exist, for reading as for granting, resetting, disabling or renaming.
/// </summary>
public sealed class AccountAdminService(
    AccountsDbContext db,
    UserManager<Account> users,
    RequestContext current,
    RoleService roles,
    IAccountAccessSource accessSource,
    TimeProvider clock) : IScopedService
{
    public async Task<Paged<AccountDto>> ListAsync(string? search, PageQuery page, CancellationToken ct)
    {
        var query = Visible();
        if (!string.IsNullOrWhiteSpace(search)) query = query.Where(a => a.UserName!.Contains(search) || (a.DisplayName != null && a.DisplayName.Contains(search)));
        var total = await query.CountAsync(ct);
        var accounts = await query.OrderBy(a => a.UserName).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new Paged<AccountDto>(await ToDtosAsync(accounts, ct), total);
    }

    public async Task<AccountDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<AccountDto> CreateAsync(CreateAccountRequest request, CancellationToken ct)
    {
        var isCity = current.Access!.Kind == AccountKind.City;
        if (request.Kind != AccountKind.Community && !isCity) throw new ForbiddenException(IdentityErrors.KindNotAllowed);
        if (request.Kind is AccountKind.Street or AccountKind.Display && request.StreetId is null)
            throw new InvalidInputException(PlatformErrors.InvalidRequest, "streetId", Language.T("街道账号和大屏账号须选择街道", "A street or display account needs its street."));
        if (!PasswordRule.IsStrong(request.Password!))
            throw new InvalidInputException(IdentityErrors.WeakPassword, "password", IdentityErrors.WeakPassword.Localized());

        var community = request.Kind == AccountKind.Community ? RequireCommunity() : (Guid?)null;
        var wanted = (request.Roles ?? []).Distinct().ToList();
        if (community is { } c) await roles.EnsureExistAsync(c, wanted, ct);
        if (await users.FindByNameAsync(request.UserName!) is not null) throw new ConflictException(IdentityErrors.UserNameTaken);

        var account = new Account
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName?.Trim(),
            Kind = request.Kind,
            StreetId = request.Kind is AccountKind.Street or AccountKind.Display ? request.StreetId : null,
            HomeCommunityId = community,
            MustChangePassword = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await users.CreateAsync(account, request.Password!);
        if (!result.Succeeded) throw new ConflictException(IdentityErrors.UserNameTaken, Language.IsEnglish ? string.Join(" ", result.Errors.Select(e => e.Description)) : IdentityErrors.UserNameTaken.Localized());
        if (community is { } home)
        {
            db.Grants.AddRange(wanted.Select(r => new RoleGrant(account.Id, home, r)));
            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return await GetAsync(account.Id, ct);
    }

    public async Task<AccountDto> UpdateAsync(Guid id, UpdateAccountRequest request, CancellationToken ct)
    {
        var account = await FindAsync(id, ct);
        if (account.ConcurrencyStamp != request.ConcurrencyStamp) throw new ConflictException(PlatformErrors.Stale);
        account.DisplayName = request.DisplayName?.Trim();
        var disabled = account.IsActive && !request.IsActive;
        account.IsActive = request.IsActive;
        // Disabling ends every token and session the account holds, at once.
        if (disabled) account.EndSessions();
        var result = await users.UpdateAsync(account);
        if (!result.Succeeded) throw new ConflictException(PlatformErrors.Stale);
        accessSource.Invalidate(id);
        return await GetAsync(id, ct);
    }

    /// <summary>A secretary sets a new password for a staff member, who must change it at next sign-in; a lock-out is lifted.</summary>
    public async Task ResetPasswordAsync(Guid id, ResetPasswordRequest request, CancellationToken ct)
    {
        var account = await FindAsync(id, ct);
        if (!PasswordRule.IsStrong(request.NewPassword!))
            throw new InvalidInputException(IdentityErrors.WeakPassword, "newPassword", IdentityErrors.WeakPassword.Localized());
        account.PasswordHash = users.PasswordHasher.HashPassword(account, request.NewPassword!);
        account.MustChangePassword = true;
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        // A new stamp ends every token and session issued with the old password.
        await users.UpdateSecurityStampAsync(account);
        accessSource.Invalidate(id);
    }

    public async Task<IReadOnlyList<GrantDto>> SetRolesAsync(Guid id, SetRolesRequest request, CancellationToken ct)
    {
        var community = RequireCommunity();
        var account = await FindAsync(id, ct);
        // Roles are held in communities: a city or street account's reach comes from its kind, not from grants.
        if (account.Kind != AccountKind.Community) throw new BusinessRuleException(IdentityErrors.NotCommunityAccount);
        var wanted = request.Roles!.Distinct().ToList();
        await roles.EnsureExistAsync(community, wanted, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Grants.Where(g => g.AccountId == id && g.CommunityId == community).ToListAsync(ct);
        db.Grants.RemoveRange(existing.Where(g => !wanted.Contains(g.Role)));
        db.Grants.AddRange(wanted.Where(r => existing.All(g => g.Role != r)).Select(r => new RoleGrant(id, community, r)));
        account.HomeCommunityId ??= community;
        // What the account may do changed: its tokens end with the old grants.
        account.EndSessions();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        accessSource.Invalidate(id);
        return wanted.Select(r => new GrantDto(community, r)).ToList();
    }

    /// <summary>Who holds which roles in the request's community.</summary>
    public async Task<IReadOnlyList<AccountDto>> GrantsAsync(CancellationToken ct)
    {
        var community = RequireCommunity();
        var ids = db.Grants.Where(g => g.CommunityId == community).Select(g => g.AccountId);
        var accounts = await Visible().Where(a => ids.Contains(a.Id)).OrderBy(a => a.UserName).ToListAsync(ct);
        return await ToDtosAsync(accounts, ct);
    }

    /// <summary>
    /// The accounts this account may read and (with the permission) manage. The city administrator: every account, or
    /// within a chosen community those that hold a role there or were made there. A street account reads the same
    /// within its communities. A community account: the community accounts that belong wholly to its community.
    /// </summary>
    private IQueryable<Account> Visible()
    {
        var access = current.Access!;
        if (access.Kind == AccountKind.City && current.CommunityId is null) return db.Users;
        var community = RequireCommunity();
        var here = db.Users.Where(a => a.Kind == AccountKind.Community
            && (a.HomeCommunityId == community || db.Grants.Any(g => g.AccountId == a.Id && g.CommunityId == community)));
        return access.Kind == AccountKind.Community
            ? here.Where(a => !db.Grants.Any(g => g.AccountId == a.Id && g.CommunityId != community))
            : here;
    }

    // The city administrator reaches every account by id, whichever community it chose; everyone else what it sees.
    private async Task<Account> FindAsync(Guid id, CancellationToken ct) =>
        await (current.Access!.Kind == AccountKind.City ? db.Users : Visible()).FirstOrDefaultAsync(a => a.Id == id, ct)
        ?? throw new NotFoundException(IdentityErrors.NotFound);

    private Guid RequireCommunity() =>
        current.CommunityId ?? throw new InvalidInputException(PlatformErrors.CommunityRequired, "X-Community", PlatformErrors.CommunityRequired.Localized());

    private async Task<IReadOnlyList<AccountDto>> ToDtosAsync(IReadOnlyList<Account> accounts, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        var grants = db.Grants.AsNoTracking().Where(g => ids.Contains(g.AccountId));
        // Within a community only its grants show; the city administrator without one sees them all.
        if (current.CommunityId is { } community) grants = grants.Where(g => g.CommunityId == community);
        var byAccount = (await grants.ToListAsync(ct)).ToLookup(g => g.AccountId);
        var now = clock.GetUtcNow();
        return accounts.Select(a => new AccountDto(
            a.Id, a.UserName!, a.DisplayName, a.Kind, a.StreetId, a.IsActive, a.LockoutEnd > now,
            byAccount[a.Id].Select(g => new GrantDto(g.CommunityId, g.Role)).ToList(), a.ConcurrencyStamp!)).ToList();
    }
}
