using CommunityPlatform.Data;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Data.MySql;
using CommunityPlatform.MarketRegister.Data.Sqlite;
using CommunityPlatform.Modularity;
using CommunityPlatform.Permissions;
using CommunityPlatform.Seeding;

namespace CommunityPlatform.MarketRegister;

/// <summary>集贸市场: markets and stalls, fair allocation, vendors and badges, the fair scale, complaints, inspections, street-front shops.</summary>
public sealed class MarketRegisterModule : PlatformModule
{
    public const string Name = MarketRegisterModuleName.Value;
    public const string TablePrefix = "Market";

    public override ModuleInfo Info { get; } = new(
        Name, Title: "集贸市场", EnglishTitle: "Market register", Version: new(1, 0), DependsOn: [Residents.ResidentsModuleName.Value]);

    public override void ConfigureServices(ModuleServices services) =>
        services.AddModuleDbContext<MarketDbContext, MarketSqliteDbContext, MarketMySqlDbContext>(TablePrefix)
                .AddConventionalServices(typeof(MarketRegisterModule).Assembly);

    public override void DefinePermissions(PermissionBuilder permissions) =>
        permissions.Group(Name, "集贸市场")
            .Add(MarketPermissions.View, "查看市场、摊位、门店、分配、投诉和统计", "View markets, stalls, shops, allocations, complaints and reports")
            .Add(MarketPermissions.Manage, "管理市场台账、分配摊位、处理投诉", "Keep the market's ledgers, allocate stalls, handle complaints")
            .Add(MarketPermissions.ViewSensitive, "查看优先理由（低保、残疾、困难）和健康证", "See priority grounds (low-income, disability, difficulty) and health certificates");

    /// <summary>Only a report community whose report tells of a market (重华) has the module on in the demo.</summary>
    public override bool UsedBy(DemoCommunity demo) => ModuleDemoFigures.Of(typeof(MarketRegisterModule).Assembly, demo.Code).Int("stalls") is not null;

    public override IEnumerable<DemoAccount> DemoAccounts(CommunitySeedContext context) =>
        context.Demo is { } demo && UsedBy(demo) ? [new DemoAccount("market", "市场管理员", MarketRoles.Manager)] : [];

    public override void DefineMenu(MenuBuilder menu) => menu
        .Add(new MenuItem("集贸市场", "Market", "/market", MarketPermissions.View, Order: 50))
        .Add(new MenuItem("摊位分配", "Stall allocation", "/market/rounds", MarketPermissions.View, Order: 51))
        .Add(new MenuItem("市场投诉", "Market complaints", "/market/complaints", MarketPermissions.View, Order: 52))
        .Add(new MenuItem("经营户", "Vendors", "/market/vendors", MarketPermissions.View, Order: 53))
        .Add(new MenuItem("沿街门店", "Street-front shops", "/market/shops", MarketPermissions.View, Order: 54));

    private static readonly string[] All = [MarketPermissions.View, MarketPermissions.Manage, MarketPermissions.ViewSensitive];

    public override void DefineRoles(RoleTemplateBuilder roles) => roles
        .Template(RoleNames.Secretary, "社区书记", "Community secretary", All)
        .Template(MarketRoles.Manager, "市场管理员", "Market manager", All)
        .Template(RoleNames.StreetReadOnly, "街道只读", "Street (read-only)", MarketPermissions.View);

    /// <summary>The kinds of record the audit trail names, in the reader's language.</summary>
    public override IEnumerable<(string Code, string Chinese, string English)> AuditVocabulary() =>
    [
        ("Market", "市场", "Market"),
        // What an export of the ledgers counts (Market.LedgerExported: "120 stalls, 30 vendors").
        ("stalls", "摊位", "stalls"),
        ("vendors", "经营户", "vendors"),
        ("Stall", "摊位", "Stall"),
        ("StreetShop", "沿街商铺", "Street-front shop"),
        ("Scoring", "评分规则", "Scoring"),
        ("AllocationRound", "摊位分配", "Allocation round"),
        ("StallApplication", "摊位申请", "Stall application"),
        ("Objection", "异议", "Objection"),
        ("Vendor", "经营户", "Vendor"),
        ("Complaint", "投诉", "Complaint"),
        ("VendorCard", "红黄牌", "Vendor card"),
        ("Scale", "公平秤", "Fair scale"),
        ("Reweigh", "复称记录", "Re-weighing"),
        ("Lease", "租约", "Lease"),
        ("Bill", "账单", "Bill"),
        ("Inspection", "检查", "Inspection"),
    ];
}
