using CommunityPlatform.Communities.Data;
using CommunityPlatform.Communities.Data.MySql;
using CommunityPlatform.Communities.Data.Sqlite;
using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Communities;

public sealed class CommunitiesModule : PlatformModule
{
    public const string Name = "Communities";
    public const string TablePrefix = "Platform";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "社区管理", EnglishTitle: "Communities", Version: new(1, 0), DependsOn: [], IsPlatform: true);

    public override void ConfigureServices(ModuleServices services)
    {
        services.AddModuleDbContext<CommunitiesDbContext, CommunitiesSqliteDbContext, CommunitiesMySqlDbContext>(TablePrefix, platformData: true)
                .AddConventionalServices(typeof(CommunitiesModule).Assembly);
        services.Services.AddHostedService<Application.AuditVocabularyAtStart>();
    }

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Platform", "平台")
            .Add(CommunitiesPermissions.View, "查看社区", "View communities")
            .Add(CommunitiesPermissions.Manage, "管理社区和街道", "Manage communities and streets", PermissionTier.Platform)
            .Add(CommunitiesPermissions.ManageModules, "启用和停用模块", "Switch modules on and off", PermissionTier.Platform)
            .Add(CommunitiesPermissions.ViewAudit, "查看审计日志", "View the audit trail")
            .Add(Security.DisplayAccounts.ScreenPermission, "查看大屏", "See the big screen", PermissionTier.Street)
            .Add(CommunitiesPermissions.ManageEvents, "处理未送达的模块事件", "Resend undelivered module events", PermissionTier.Platform);

    public override void DefineMenu(MenuBuilder menu) => menu
        .Add(new MenuItem("首页", "Dashboard", "/", Order: 0))
        .Add(new MenuItem("辖区总览", "Overview", "/overview", CommunitiesPermissions.View, Order: 1, Oversight: true))
        .Add(new MenuItem("大屏", "Big screen", "/screen", Security.DisplayAccounts.ScreenPermission, Order: 2, Oversight: true))
        .Add(new MenuItem("社区与街道", "Communities", "/platform/communities", CommunitiesPermissions.Manage, Order: 850, CityOnly: true))
        .Add(new MenuItem("模块开关", "Modules", "/platform/modules", CommunitiesPermissions.View, Order: 900))
        .Add(new MenuItem("审计日志", "Audit trail", "/platform/audit", CommunitiesPermissions.ViewAudit, Order: 910));

    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", CommunitiesPermissions.View, CommunitiesPermissions.ViewAudit)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", CommunitiesPermissions.View, Security.DisplayAccounts.ScreenPermission);
}
