using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Residents.Data;
using CommunityPlatform.Residents.Data.MySql;
using CommunityPlatform.Residents.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Residents;

public sealed class ResidentsModule : PlatformModule
{
    public const string Name = ResidentsModuleName.Value;
    public const string TablePrefix = "Residents";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "居民信息", EnglishTitle: "Resident registry", Version: new(1, 0), DependsOn: ["Communities"], IsPlatform: true);

    public override void ConfigureServices(ModuleServices services)
    {
        services.AddModuleDbContext<ResidentsDbContext, ResidentsSqliteDbContext, ResidentsMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(ResidentsModule).Assembly)
                .Narrows(new(ResidentsNarrowing.Buildings, ReadPermission: ResidentsPermissions.View, WholeAccessPermission: ResidentsPermissions.AllPeople));
        // Import jobs wait in the database; every instance runs this, and one claim decides which runs a job.
        services.Services.AddSingleton<Application.ImportRunner>();
        services.Services.AddHostedService(provider => provider.GetRequiredService<Application.ImportRunner>());
    }

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Residents", "居民信息")
            .Add(ResidentsPermissions.View, "查看居民信息", "View the registry")
            .Add(ResidentsPermissions.AllPeople, "查看全部居民（否则只看分配给本人的楼栋的居民）", "See the whole registry (otherwise only the buildings given to one)", readOnly: true)
            .Add(ResidentsPermissions.Manage, "维护居民信息", "Maintain the registry")
            .Add(ResidentsPermissions.ViewSensitive, "查看完整身份证号", "See full ID numbers")
            .Add(ResidentsPermissions.Export, "导出台账", "Export ledgers");

    public override void DefineMenu(MenuBuilder menu) => menu
        .Add(new MenuItem("居民信息", "Residents", "/residents/people", ResidentsPermissions.View, Order: 10))
        .Add(new MenuItem("楼栋与住户", "Buildings", "/residents/buildings", ResidentsPermissions.View, Order: 11));

    // An account given only some buildings (by a module that supplies the registry's narrowing) holds no AllPeople.
    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary",
            ResidentsPermissions.View, ResidentsPermissions.AllPeople, ResidentsPermissions.Manage, ResidentsPermissions.ViewSensitive, ResidentsPermissions.Export)
        .Template("residents-staff", "居民信息员", "Registry staff", ResidentsPermissions.View, ResidentsPermissions.AllPeople, ResidentsPermissions.Manage)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", ResidentsPermissions.View, ResidentsPermissions.AllPeople);
}
