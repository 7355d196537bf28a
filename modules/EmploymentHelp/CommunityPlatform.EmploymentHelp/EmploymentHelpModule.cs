using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.EmploymentHelp;

/// <summary>就业帮扶: the community's case file and ledger of employment help, 低保 and aid — the decisions others take, recorded and followed up.</summary>
public sealed class EmploymentHelpModule : PlatformModule
{
    public const string Name = EmploymentHelpModuleName.Value;
    public const string TablePrefix = "EmploymentHelp";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "就业帮扶", EnglishTitle: "Employment help", Version: new(1, 0), DependsOn: [Residents.ResidentsModuleName.Value]);

    public override void ConfigureServices(ModuleServices services) =>
        services.AddModuleDbContext<EmploymentHelpDbContext, Data.Sqlite.EmploymentHelpSqliteDbContext, Data.MySql.EmploymentHelpMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(EmploymentHelpModule).Assembly);

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group("Employment", "就业帮扶")
            .Add(EmploymentPermissions.View, "查看就业帮扶统计、岗位和培训", "View employment-help figures, openings and classes")
            .Add(EmploymentPermissions.Cases, "查看帮扶对象（低保、困难认定等敏感信息）", "See the people helped (低保, difficulty and other sensitive facts)")
            .Add(EmploymentPermissions.Manage, "维护就业帮扶台账", "Keep the employment-help ledgers");

    /// <summary>A demo community the module's demo file names gets a labour officer, <c>&lt;code&gt;-labour</c>.</summary>
    public override IEnumerable<DemoAccount> DemoAccounts(CommunitySeedContext context) =>
        context.Demo is { } demo && ModuleDemoFigures.Of(typeof(EmploymentHelpModule).Assembly, demo.Code).Int("placements") is not null
            ? [new DemoAccount("labour", "劳动保障协管员", EmploymentRoles.LabourOfficer)]
            : [];

    public override void DefineMenu(MenuBuilder menu) =>
        menu.Add(new MenuItem("就业帮扶", "Employment help", "/employment", EmploymentPermissions.View, Order: 40))
            .Add(new MenuItem("帮扶对象", "People helped", "/employment/cases", EmploymentPermissions.Cases, Order: 41))
            .Add(new MenuItem("低保与走访", "低保 and visits", "/employment/needy", EmploymentPermissions.Cases, Order: 42));

    private static readonly string[] All = [EmploymentPermissions.View, EmploymentPermissions.Cases, EmploymentPermissions.Manage];

    // The street sees counts only (View); the people helped and their 低保 or difficulty status stay with the
    // community's labour officer and secretary, and a grid worker reads them for the residents of their own grids
    // (the registry's narrowing applies to the module's records, see CaseRecord).
    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", All)
        .Template(EmploymentRoles.LabourOfficer, "劳动保障协管员", "Labour officer", All)
        .Template(GridManagement.GridRoles.Worker, "网格员", "Grid worker", EmploymentPermissions.View, EmploymentPermissions.Cases)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", EmploymentPermissions.View);

    /// <summary>The kinds of record the audit trail names, in the reader's language.</summary>
    public override IEnumerable<(string Code, string Chinese, string English)> AuditVocabulary() =>
    [
        ("LowIncomeHousehold", "低保户", "Low-income household"),
        ("CareVisit", "走访慰问", "Care visit"),
        ("JobSeeker", "失业登记", "Job seeker"),
        ("Placement", "就业安置", "Placement"),
        ("ZeroEmploymentHousehold", "零就业家庭", "Zero-employment household"),
        ("DifficultyCase", "就业困难认定", "Difficulty case"),
        ("Post", "公益性岗位", "Public-benefit post"),
        ("TrainingClass", "培训班", "Training class"),
        ("Opening", "岗位信息", "Opening"),
        ("Referral", "岗位推荐", "Referral"),
        ("EmploymentSettings", "就业帮扶设置", "Employment settings"),
        ("LoveCardBatch", "爱心卡", "Love cards"),
    ];
}
