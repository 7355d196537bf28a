using CommunityPlatform.Data;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Data.MySql;
using CommunityPlatform.GridManagement.Data.Sqlite;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Seeding;
using CommunityPlatform.Web.Console;

namespace CommunityPlatform.GridManagement;

public sealed class GridManagementModule : PlatformModule
{
    public const string Name = GridManagementModuleName.Value;
    public const string TablePrefix = "Grid";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "网格化管理", EnglishTitle: "Grid management", Version: new(1, 0), DependsOn: [Residents.ResidentsModuleName.Value]);

    public override void ConfigureServices(ModuleServices services) =>
        services.AddModuleDbContext<GridDbContext, GridSqliteDbContext, GridMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(GridManagementModule).Assembly)
                .Narrows(GridAccess.Rule);

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Grid", "网格化管理")
            .Add(GridPermissions.View, "查看网格、人员、台账、巡查、事件和统计", "View grids, staff, files, patrols, events and reports")
            .Add(GridPermissions.AllGrids, "查看全部网格（否则只看本人所在网格）", "See every grid (otherwise only one's own)", readOnly: true)
            .Add(GridPermissions.ManageGrids, "管理网格和网格人员", "Manage grids and their staff")
            .Add(GridPermissions.Work, "巡查、上报和办理事件、走访", "Patrol, report and handle events, visit")
            .Add(GridPermissions.Dispatch, "受理、分派、办结、上报街道和督办事件", "Accept, assign, close, escalate and supervise events")
            .Add(GridPermissions.AnswerEscalations, "答复上报到街道（市级）的事件：签收、批示、退回、办结、黄牌红牌",
                "Answer events escalated to the street (or city): receive, instruct, send back, conclude, cards", PermissionTier.Street);

    /// <summary>A demo community whose report counts its grids (五一街) gets a grid worker, <c>&lt;code&gt;-gridworker</c>.</summary>
    public override IEnumerable<DemoAccount> DemoAccounts(CommunitySeedContext context) =>
        context.Demo is { } demo && ModuleDemoFigures.Of(typeof(GridManagementModule).Assembly, demo.Code).Int("grids") is not null
            ? [new DemoAccount("gridworker", "网格员", GridRoles.Worker)]
            : [];

    public override void DefineMenu(MenuBuilder menu) => menu
        .Add(new MenuItem("网格", "Grids", "/grid/grids", GridPermissions.View, Order: 30))
        .Add(new MenuItem("网格事件", "Grid events", "/grid/events", GridPermissions.View, Order: 31))
        .Add(new MenuItem("上报事件", "Escalated events", "/grid/oversight", GridPermissions.AnswerEscalations, Order: 3, Oversight: true))
        .Add(new MenuItem("网格统计", "Grid reports", "/grid/reports", GridPermissions.View, Order: 32))
        .Add(new MenuItem("周报季析年评", "Weekly, quarterly, yearly", "/grid/rhythm", GridPermissions.View, Order: 33))
        .Add(new MenuItem("一月一会", "Monthly joint meetings", "/grid/meetings", GridPermissions.View, Order: 34));

    private static readonly string[] All =
        [GridPermissions.View, GridPermissions.AllGrids, GridPermissions.ManageGrids, GridPermissions.Work, GridPermissions.Dispatch];

    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", All)
        .Template(GridRoles.Office, "网格管理员", "Grid office staff", All)
        // A grid worker reads the registry too, narrowed to the buildings of their grids (Residents.People.All withheld).
        .Template(GridRoles.Worker, "网格员", "Grid worker", GridPermissions.View, GridPermissions.Work, Residents.ResidentsPermissions.View)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", GridPermissions.View, GridPermissions.AllGrids, GridPermissions.AnswerEscalations);

    /// <summary>The fields of an event's record (its steps, the street's answers) as the audit page names them.</summary>
    public override IEnumerable<(string Code, string Chinese, string English)> AuditVocabulary() =>
    [
        ("Grid", "网格", "Grid"),
        ("RhythmExported", "导出周报季析年评", "Weekly, quarterly or yearly report exported"),
        ("Deadline", "办理期限", "Deadline"),
        ("Description", "描述", "Description"),
        ("GridId", "网格", "Grid"),
        ("Kind", "类别", "Kind"),
        ("ReportedAt", "上报时间", "Reported at"),
        ("Reporter", "反映人", "Reporter"),
        ("RequestId", "来源请求", "Request"),
        ("Source", "来源", "Source"),
        ("State", "状态", "State"),
        ("Steps", "处理步骤", "Steps"),
        ("Action", "动作", "Action"),
        ("ByAccountId", "经办账号", "By account"),
        ("ByName", "经办人", "By"),
        ("At", "时间", "At"),
        ("Note", "说明", "Note"),
        ("Level", "层级", "Level"),
        ("Supervision", "督办", "Supervision"),
    ];

    /// <summary>An event's enumerations (its own and its steps'), named on the audit page as on the event page.</summary>
    public override IEnumerable<(string Field, Func<int, string?> Name)> AuditEnumerations() =>
    [
        ("GridEvent.Kind", n => GridLabels.Of((EventKind)n)),
        ("GridEvent.State", n => GridLabels.Of((EventState)n)),
        ("GridEvent.Action", n => GridLabels.Of((EventAction)n)),
        ("GridEvent.Level", n => GridLabels.Of((OversightLevel)n)),
        ("GridEvent.Supervision", n => GridLabels.Of((SupervisionLevel)n)),
        ("GridEvent.Source", n => (EventSource)n switch
        {
            EventSource.Hotline => Lang.T("民情热线", "Hotline"),
            EventSource.Online => Lang.T("网上平台", "Online"),
            EventSource.Patrol => Lang.T("巡查发现", "Patrol"),
            EventSource.Visit => Lang.T("走访发现", "Visit"),
            EventSource.OtherModule => Lang.T("其他模块转来", "From another module"),
            EventSource.Meeting => Lang.T("联席会议决定", "Joint meeting"),
            _ => null,
        }),
        ("GridEvent.Satisfaction", n => (Satisfaction)n switch
        {
            Satisfaction.Satisfied => Lang.T("满意", "satisfied"),
            Satisfaction.Basic => Lang.T("基本满意", "fairly satisfied"),
            Satisfaction.Dissatisfied => Lang.T("不满意", "dissatisfied"),
            _ => null,
        }),
    ];
}
