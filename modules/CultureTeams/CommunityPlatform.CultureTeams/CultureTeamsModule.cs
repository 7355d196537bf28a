using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Seeding;
using Microsoft.Extensions.Configuration;

namespace CommunityPlatform.CultureTeams;

/// <summary>文化队伍: teams and volunteer teams, 睦邻点, venues and bookings, activities and attendance, volunteer hours and stars.</summary>
public sealed class CultureTeamsModule : PlatformModule
{
    public const string Name = CultureTeamsModuleName.Value;
    public const string TablePrefix = "Culture";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "文化队伍", EnglishTitle: "Culture teams", Version: new(1, 0), DependsOn: [Residents.ResidentsModuleName.Value]);

    public override void ConfigureServices(ModuleServices services)
    {
        services.AddModuleDbContext<CultureTeamsDbContext, Data.Sqlite.CultureTeamsSqliteDbContext, Data.MySql.CultureTeamsMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(CultureTeamsModule).Assembly);
        Calendar.CheckInLimit.Add(services.Services, services.Configuration.GetValue("Culture:CheckIn:PermitPerMinute", 20));
    }

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Culture", "文化队伍")
            .Add(CulturePermissions.View, "查看文化队伍、睦邻点、场地、活动、志愿者和统计", "View teams, points, venues, activities, volunteers and reports")
            .Add(CulturePermissions.Manage, "维护队伍、睦邻点、场地、活动和家庭称号", "Keep teams, points, venues, activities and family titles")
            .Add(CulturePermissions.Record, "预约场地、签到点名、登记服务时长", "Book venues, take attendance, enter service hours")
            .Add(CulturePermissions.Confirm, "审批预约、确认服务时长", "Approve bookings, confirm service hours");

    /// <summary>A demo community gets its culture worker, <c>&lt;code&gt;-culture</c>.</summary>
    public override IEnumerable<DemoAccount> DemoAccounts(CommunitySeedContext context) =>
        context.Demo is not null ? [new DemoAccount("culture", "文化专干", CultureRoles.Worker)] : [];

    public override void DefineMenu(MenuBuilder menu) => menu
        .Add(new MenuItem("文化活动", "Culture activities", "/culture/activities", CulturePermissions.View, Order: 40))
        .Add(new MenuItem("文体队伍", "Teams", "/culture/teams", CulturePermissions.View, Order: 41))
        .Add(new MenuItem("场地预约", "Venues and bookings", "/culture/venues", CulturePermissions.View, Order: 42))
        .Add(new MenuItem("志愿服务", "Volunteers", "/culture/volunteers", CulturePermissions.View, Order: 43))
        .Add(new MenuItem("睦邻点", "Neighbourhood points", "/culture/points", CulturePermissions.View, Order: 44))
        .Add(new MenuItem("文化统计", "Culture reports", "/culture/reports", CulturePermissions.View, Order: 45));

    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", CulturePermissions.All)
        .Template(CultureRoles.Worker, "文化专干", "Culture worker", CulturePermissions.All)
        .Template(CultureRoles.Leader, "队长/睦邻点负责人", "Team or point leader", CulturePermissions.View, CulturePermissions.Record)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", CulturePermissions.View);

    /// <summary>The kinds of record the audit trail names, in the reader's language.</summary>
    public override IEnumerable<(string Code, string Chinese, string English)> AuditVocabulary() =>
    [
        ("Venue", "场地", "Venue"),
        ("Booking", "场地预约", "Booking"),
        ("Team", "队伍", "Team"),
        ("TeamMember", "队员", "Team member"),
        ("Activity", "活动", "Activity"),
        ("Attendance", "签到", "Attendance"),
        ("GridReferral", "转网格事件", "Grid referral"),
        ("Volunteer", "志愿者", "Volunteer"),
        ("ServiceRecord", "志愿服务记录", "Service record"),
        ("ServiceProof", "志愿服务证明", "Proof of service"),
        ("CultureSettings", "文化设置", "Culture settings"),
        ("Point", "睦邻点", "Neighbourhood point"),
        ("Equipment", "设备", "Equipment"),
        ("Duty", "值班", "Duty"),
        ("PointMeeting", "睦邻点例会", "Point meeting"),
        ("FamilyTitle", "家庭评选", "Family title"),
    ];
}
