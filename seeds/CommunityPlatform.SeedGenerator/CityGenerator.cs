using CommunityPlatform.Communities.Application;
using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.SeedGenerator;

/// <summary>
/// Communities as a city provisions them: one street per 50 communities, every business module switched on (with its
/// history row), and a secretary account per community in the set-password state — no password hash, so provisioning
/// a city does not spend a PBKDF2 hash per account. Only <c>--password</c> gives the first secretary a password.
/// </summary>
internal sealed class CityGenerator(IServiceProvider services, GeneratorOptions options)
{
    private const int CommunitiesPerStreet = 50;
    private const int Batch = 1000;

    public async Task<IReadOnlyList<CommunityInfo>> CreateCommunitiesAsync()
    {
        var count = options.Mode == "big" ? 1 : options.Communities;
        var modules = services.GetRequiredService<ModuleCatalog>().Modules.Where(m => !m.Info.IsPlatform).Select(m => m.Info.Name).ToList();
        var now = DateTime.UtcNow;
        var created = new List<(Guid Id, string Code)>();

        for (var first = 0; first < count; first += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var district = await DistrictAsync(db);
            Street? street = null;
            for (var i = first; i < Math.Min(count, first + Batch); i++)
            {
                if (street is null || i % CommunitiesPerStreet == 0) street = await StreetAsync(db, district, i / CommunitiesPerStreet);
                var code = $"{options.Prefix}{i + 1:D5}";
                // A profile of its own: an owned instance cannot be shared between communities.
                var community = new Community(code, $"第{i + 1}社区", street.Id, CommunityProfile.Unknown with { });
                db.Communities.Add(community);
                foreach (var module in modules)
                {
                    db.ModuleSwitches.Add(new ModuleSwitch(community.Id, module));
                    db.ModuleSwitchChanges.Add(new ModuleSwitchChange(community.Id, module, true, null, "seed", now));
                }

                created.Add((community.Id, code));
            }

            await db.SaveChangesAsync();
        }

        await CreateSecretariesAsync(created, now);
        var directory = services.GetRequiredService<CommunityDirectory>();
        directory.Reload();
        return created.Select(c => directory.Find(c.Id)!).ToList();
    }

    private async Task CreateSecretariesAsync(IReadOnlyList<(Guid Id, string Code)> communities, DateTime now)
    {
        var hasher = services.GetRequiredService<IPasswordHasher<Account>>();
        for (var first = 0; first < communities.Count; first += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var (id, code) in communities.Skip(first).Take(Batch))
            {
                var name = $"{code}-secretary";
                var account = new Account
                {
                    UserName = name,
                    NormalizedUserName = name.ToUpperInvariant(),
                    DisplayName = $"{code}书记",
                    Kind = AccountKind.Community,
                    MustChangePassword = true,
                    LockoutEnabled = true,
                    CreatedAt = now,
                };
                if (options.Password is { Length: > 0 } password && id == communities[0].Id)
                {
                    account.PasswordHash = hasher.HashPassword(account, password);
                    account.MustChangePassword = false;
                }

                db.Users.Add(account);
                db.Grants.Add(new RoleGrant(account.Id, id, RoleNames.Secretary));
            }

            await db.SaveChangesAsync();
        }

        if (options.Password is { Length: > 0 } staffPassword && communities.Count > 0)
        {
            await CreateStaffAsync(StaffName, "residents-staff", communities[0].Id, staffPassword, now);
            await CreateStaffAsync(GridWorkerName, "grid-worker", communities[0].Id, staffPassword, now);
        }
    }

    /// <summary>
    /// <c>bench-staff</c> maintains the first community's registry but may not see full ID numbers: the load runs
    /// compare like with like, since every unmasked read would add an audit row that the bare baseline does not write.
    /// <c>bench-gridworker</c> reads the registry as a grid worker does (narrowed to its grids), for the list measured
    /// as each kind of worker (issue 21).
    /// </summary>
    private async Task CreateStaffAsync(string userName, string role, Guid communityId, string password, DateTime now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        if (await db.Users.AnyAsync(a => a.UserName == userName)) return;
        var account = new Account { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), Kind = AccountKind.Community, LockoutEnabled = true, CreatedAt = now };
        account.PasswordHash = services.GetRequiredService<IPasswordHasher<Account>>().HashPassword(account, password);
        db.Users.Add(account);
        db.Grants.Add(new RoleGrant(account.Id, communityId, role));
        await db.SaveChangesAsync();
    }

    public const string StaffName = "bench-staff";
    public const string GridWorkerName = "bench-gridworker";

    private static async Task<District> DistrictAsync(CommunitiesDbContext db)
    {
        var district = await db.Districts.FirstOrDefaultAsync(d => d.Code == "bench");
        if (district is not null) return district;
        district = new District("bench", "基准区");
        db.Districts.Add(district);
        return district;
    }

    private async Task<Street> StreetAsync(CommunitiesDbContext db, District district, int number)
    {
        var code = $"{options.Prefix}-street-{number + 1:D4}";
        var street = db.Streets.Local.FirstOrDefault(s => s.Code == code) ?? await db.Streets.FirstOrDefaultAsync(s => s.Code == code);
        if (street is not null) return street;
        street = new Street(code, $"第{number + 1}街道", district.Id);
        db.Streets.Add(street);
        return street;
    }
}
