using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Data.MySql;
using CommunityPlatform.PartyOrganization.Data.Sqlite;
using CommunityPlatform.Permissions;

namespace CommunityPlatform.PartyOrganization;

public sealed class PartyOrganizationModule : PlatformModule
{
    public const string Name = PartyOrganizationModuleName.Value;
    public const string TablePrefix = "Party";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "党组织", EnglishTitle: "Party organisation", Version: new(1, 0), DependsOn: [Residents.ResidentsModuleName.Value]);

    public override void ConfigureServices(ModuleServices services) =>
        services.AddModuleDbContext<PartyDbContext, PartySqliteDbContext, PartyMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(PartyOrganizationModule).Assembly);

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Party", "党组织")
            .Add(PartyPermissions.View, "查看党组织、党员、活动和统计", "View the Party organisation, members, activities and reports")
            .Add(PartyPermissions.Organizations.Manage, "管理党组织", "Manage the organisation tree and liaisons")
            .Add(PartyPermissions.ManageMembers, "管理党员", "Manage members, moves and reviews")
            .Add(PartyPermissions.ManageActivities, "管理三会一课、承诺和帮扶", "Manage meetings, pledges and care")
            .Add(PartyPermissions.ManageDues, "收缴党费", "Record dues");

    public override void DefineMenu(MenuBuilder menu) => menu
        .Add(new MenuItem("党组织", "Party organisation", "/party/organizations", PartyPermissions.View, Order: 20))
        .Add(new MenuItem("党员", "Party members", "/party/members", PartyPermissions.View, Order: 21))
        .Add(new MenuItem("三会一课", "Meetings", "/party/meetings", PartyPermissions.View, Order: 22))
        .Add(new MenuItem("承诺践诺", "Pledges", "/party/pledges", PartyPermissions.View, Order: 23))
        .Add(new MenuItem("党员评议", "Reviews", "/party/reviews", PartyPermissions.View, Order: 24))
        .Add(new MenuItem("结对与心愿", "Pairing and wishes", "/party/care", PartyPermissions.View, Order: 25))
        .Add(new MenuItem("共驻共建", "Joint units", "/party/joint-units", PartyPermissions.View, Order: 26))
        .Add(new MenuItem("党费", "Dues", "/party/dues", PartyPermissions.View, Order: 27))
        .Add(new MenuItem("党建统计", "Party reports", "/party/reports", PartyPermissions.View, Order: 28));

    private static readonly string[] All =
        [PartyPermissions.View, PartyPermissions.Organizations.Manage, PartyPermissions.ManageMembers, PartyPermissions.ManageActivities, PartyPermissions.ManageDues];

    // A grid worker does not read the member register: Party membership is a personal fact the grid has no need of;
    // the liaisons the grid shows reach it through BuildingLiaisonChanged.
    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", All)
        .Template("party-staff", "党务专干", "Party affairs staff", All)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", PartyPermissions.View);

    /// <summary>The module's acts and fields the audit trail names that the kernel's table does not.</summary>
    public override IEnumerable<(string Code, string Chinese, string English)> AuditVocabulary() =>
    [
        ("Party", "党组织", "Party"),
        ("RegisterExported", "导出名册台账", "Register exported"),
        ("Team", "班子成员", "Team"),
    ];
}
