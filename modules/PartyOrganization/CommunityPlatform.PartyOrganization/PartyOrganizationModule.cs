using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Data.MySql;
using CommunityPlatform.PartyOrganization.Data.Sqlite;
using CommunityPlatform.Permissions;

namespace CommunityPlatform.PartyOrganization;

public sealed class PartyOrganizationModule : PlatformModule
{
    public const string Name = "PartyOrganization";
    public const string TablePrefix = "Party";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "党组织", EnglishTitle: "Party organisation", Version: new(1, 0), DependsOn: ["Residents"]);

    public override void ConfigureServices(ModuleServices services) =>
        services.AddModuleDbContext<PartyDbContext, PartySqliteDbContext, PartyMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(PartyOrganizationModule).Assembly);

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Party", "党组织")
            .Add(PartyPermissions.Organizations.View, "查看党组织", "View the organisation tree")
            .Add(PartyPermissions.Organizations.Manage, "管理党组织", "Manage the organisation tree");

    public override void DefineMenu(MenuBuilder menu) =>
        menu.Add(new MenuItem("党组织", "Party organisation", "/party/organizations", PartyPermissions.Organizations.View, Order: 20));

    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", PartyPermissions.Organizations.View, PartyPermissions.Organizations.Manage)
        .Template("party-staff", "党务专干", "Party affairs staff", PartyPermissions.Organizations.View, PartyPermissions.Organizations.Manage)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", PartyPermissions.Organizations.View);
}
