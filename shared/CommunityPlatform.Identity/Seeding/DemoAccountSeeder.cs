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
using Microsoft.Extensions.Logging;

namespace CommunityPlatform.Identity.Seeding;

/// <summary>
/// The demo's accounts: <c>admin</c> for the city, <c>&lt;street&gt;-supervisor</c> per street and
/// <c>&lt;code&gt;-secretary</c> per report community, all with the password of <c>Seed:DemoPassword</c>.
/// </summary>
internal sealed class DemoAccountSeeder(UserManager<Account> users, AccountsDbContext db, SeedOptions options, ICommunityDirectory directory, ILogger<DemoAccountSeeder> logger)
    : IPlatformSeeder, ICommunitySeeder, IScopedService
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
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
        var secretary = await EnsureAsync($"{context.Community.Code}-secretary", $"{context.Community.Name}书记", AccountKind.Community, null);
        if (!await db.Grants.AnyAsync(g => g.AccountId == secretary.Id && g.CommunityId == context.Community.Id, cancellationToken))
        {
            db.Grants.Add(new RoleGrant(secretary.Id, context.Community.Id, RoleNames.Secretary));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private bool CanSeed()
    {
        if (options.DemoPassword is { Length: > 0 } password && PasswordRule.IsStrong(password)) return true;
        logger.LogWarning("Seed:DemoPassword is missing or weak: no demo accounts are created.");
        return false;
    }

    private async Task<Account> EnsureAsync(string userName, string displayName, AccountKind kind, Guid? streetId)
    {
        if (await users.FindByNameAsync(userName) is { } existing) return existing;
        var account = new Account { UserName = userName, DisplayName = displayName, Kind = kind, StreetId = streetId, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(account, options.DemoPassword!);
        if (!result.Succeeded) throw new InvalidOperationException($"Cannot create {userName}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        return account;
    }
}
