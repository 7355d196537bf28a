using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Sample.Data;

namespace CommunityPlatform.Sample;

/// <summary>样例模块: its name, titles, services, permissions, role templates and menu, declared in one place.</summary>
public sealed class SampleModule : PlatformModule
{
    public const string TablePrefix = "Sample";

    public override ModuleInfo Info { get; } = new(SampleModuleName.Value, Title: "样例模块", EnglishTitle: "Sample", Version: new(1, 0), DependsOn: []);

    public override void ConfigureServices(ModuleServices services) =>
        services.AddModuleDbContext<SampleDbContext, Data.Sqlite.SampleSqliteDbContext, Data.MySql.SampleMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(SampleModule).Assembly);

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group(SampleModuleName.Value, "样例模块")
            .Add(SamplePermissions.View, "查看样例模块", "View Sample")
            .Add(SamplePermissions.Manage, "维护样例模块", "Maintain Sample");

    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", SamplePermissions.View, SamplePermissions.Manage)
        .Template("sample-staff", "样例模块专干", "Sample staff", SamplePermissions.View, SamplePermissions.Manage)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", SamplePermissions.View);

    public override void DefineMenu(MenuBuilder menu) =>
        menu.Add(new MenuItem("样例模块", "Sample", "/sample/entries", SamplePermissions.View, Order: 500));

    /// <summary>The module's kinds of record as the audit page names them (the trail stores the class name).</summary>
    public override IEnumerable<(string Code, string Chinese, string English)> AuditVocabulary() =>
        [("Entry", "样例模块条目", "Sample entry")];
}
