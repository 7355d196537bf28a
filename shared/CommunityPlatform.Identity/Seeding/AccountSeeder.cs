using CommunityPlatform.Data.Seeding;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Security;
using CommunityPlatform.Seeding;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Identity.Seeding;

/// <summary>
/// The first city administrator, and the demo's accounts: <c>admin</c> for the city, <c>&lt;street&gt;-supervisor</c>
/// per street, and per report community whatever the modules declare (<see cref="PlatformModule.DemoAccounts"/>: its
/// <c>&lt;code&gt;-secretary</c>, and a business module's own workers), all with the password of <c>Seed:DemoPassword</c>.
/// Without demo data, <c>Platform:AdminPassword</c> creates <c>admin</c>, who must change the password at first sign-in.
/// </summary>
internal sealed class AccountSeeder(
    UserManager<Account> users, AccountsDbContext db, SeedOptions options, ICommunityDirectory directory, ModuleCatalog modules, IConfiguration configuration, ILogger<AccountSeeder> logger)
    : IPlatformSeeder, ICommunitySeeder, IScopedService
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.IncludeDemoData)
        {
            await EnsureFirstAdministratorAsync(cancellationToken);
            return;
        }

        if (!CanSeed()) return;
        await EnsureAsync("admin", "市级管理员", AccountKind.City, null);
        foreach (var street in options.Demo.Streets)
        {
            // Streets are the communities module's; a street's id is read off one of its communities in the directory.
            var id = options.Demo.Communities.Where(c => c.Street == street.Code)
                .Select(c => directory.FindByCode(c.Code)?.StreetId).FirstOrDefault(i => i is not null);
            if (id is not null) await EnsureAsync($"{street.Code}-supervisor", $"{street.Name}督导", AccountKind.Street, id);
        }
    }

    public async Task SeedAsync(CommunitySeedContext context, CancellationToken cancellationToken)
    {
        if (context.Demo is null || !CanSeed()) return;
        // Whatever accounts the modules declare for a demo community (its secretary, a module's own workers, …).
        foreach (var wanted in modules.Modules.SelectMany(m => m.DemoAccounts(context)))
        {
            var account = await EnsureAsync($"{context.Community.Code}-{wanted.Suffix}", $"{context.Community.Name}{wanted.Title}", AccountKind.Community, null, context.Community.Id);
            await EnsureGrantAsync(account, context.Community.Id, wanted.Role, cancellationToken);
        }
    }

    private async Task EnsureGrantAsync(Account account, Guid communityId, string role, CancellationToken cancellationToken)
    {
        if (await db.Grants.AnyAsync(g => g.AccountId == account.Id && g.CommunityId == communityId, cancellationToken)) return;
        db.Grants.Add(new RoleGrant(account.Id, communityId, role));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureFirstAdministratorAsync(CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(a => a.Kind == AccountKind.City, cancellationToken)) return;
        if (configuration["Platform:AdminPassword"] is not { Length: > 0 } password || !PasswordRule.IsStrong(password))
        {
            logger.LogWarning("No city administrator exists: set Platform:AdminPassword (8+ characters of three kinds) to create 'admin'.");
            return;
        }

        var admin = new Account { UserName = "admin", DisplayName = "市级管理员", Kind = AccountKind.City, MustChangePassword = true, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded) throw new InvalidOperationException($"Cannot create admin: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }

    private bool CanSeed()
    {
        if (options.DemoPassword is { Length: > 0 } password && PasswordRule.IsStrong(password)) return true;
        logger.LogWarning("Seed:DemoPassword is missing or weak: no demo accounts are created.");
        return false;
    }

    private async Task<Account> EnsureAsync(string userName, string displayName, AccountKind kind, Guid? streetId, Guid? home = null)
    {
        if (await users.FindByNameAsync(userName) is { } existing) return existing;
        var account = new Account { UserName = userName, DisplayName = displayName, Kind = kind, StreetId = streetId, HomeCommunityId = home, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(account, options.DemoPassword!);
        if (!result.Succeeded) throw new InvalidOperationException($"Cannot create {userName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        return account;
    }
}
