using CommunityPlatform.Communities;
using CommunityPlatform.Data;
using CommunityPlatform.Identity.Data;
using CommunityPlatform.Identity.Application;
using CommunityPlatform.Identity.Data.MySql;
using CommunityPlatform.Identity.Data.Sqlite;
using CommunityPlatform.Identity.Domain;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Identity;

public sealed class IdentityModule : PlatformModule
{
    public const string Name = "Identity";
    public const string TablePrefix = "Identity";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "账号与权限", EnglishTitle: "Accounts and roles", Version: new(1, 0), DependsOn: ["Communities"], IsPlatform: true);

    public override void ConfigureServices(ModuleServices services)
    {
        services.AddModuleDbContext<AccountsDbContext, AccountsSqliteDbContext, AccountsMySqlDbContext>(TablePrefix, platformData: true)
                .AddConventionalServices(typeof(IdentityModule).Assembly);
        services.Services.AddIdentityCore<Account>(o =>
            {
                o.Password.RequiredLength = PasswordRule.MinimumLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
            })
            .AddPasswordValidator<ThreeKindsPasswordValidator>()
            .AddEntityFrameworkStores<AccountsDbContext>();
    }

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Identity", "账号与权限")
            .Add(IdentityPermissions.AccountsView, "查看账号", "View accounts")
            .Add(IdentityPermissions.AccountsManage, "管理账号和授权", "Manage accounts and grants")
            .Add(Security.DisplayAccounts.ManagePermission, "开设街道大屏显示账号", "Make the street's display accounts", PermissionTier.Street);

    /// <summary>Every demo community has its secretary, <c>&lt;code&gt;-secretary</c>.</summary>
    public override IEnumerable<DemoAccount> DemoAccounts(CommunitySeedContext context) =>
        context.Demo is null ? [] : [new DemoAccount("secretary", "书记", RoleNames.Secretary)];

    public override void DefineMenu(MenuBuilder menu) =>
        menu.Add(new MenuItem("账号与授权", "Accounts", "/identity/accounts", IdentityPermissions.AccountsView, Order: 800))
            .Add(new MenuItem("大屏账号", "Display accounts", "/identity/displays", Security.DisplayAccounts.ManagePermission, Order: 801, Oversight: true));

    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", IdentityPermissions.AccountsView, IdentityPermissions.AccountsManage)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", IdentityPermissions.AccountsView, Security.DisplayAccounts.ManagePermission);
}
