using CommunityPlatform.Errors;

namespace CommunityPlatform.Communities.Domain;

public static class CommunitiesErrors
{
    public static readonly ErrorCode StreetNotFound = new("Street.NotFound", "街道不存在", "No such street");
    public static readonly ErrorCode DistrictNotFound = new("District.NotFound", "区县不存在", "No such district");
    public static readonly ErrorCode CodeTaken = new("Community.CodeTaken", "社区代码已被使用", "The community code is taken");
    public static readonly ErrorCode StreetCodeTaken = new("Street.CodeTaken", "街道代码已被使用", "The street code is taken");
    public static readonly ErrorCode DistrictCodeTaken = new("District.CodeTaken", "区县代码已被使用", "The district code is taken");
    public static readonly ErrorCode DatabaseAssigned = new("Community.DatabaseAssigned", "该社区已使用独立数据库", "The community already has its own database");
    public static readonly ErrorCode DatabaseNotAllowed = new("Community.DatabaseNotAllowed", "独立数据库须位于数据目录下或配置的数据库服务器上", "A community's database must lie in the data folder or on the configured server");
    public static readonly ErrorCode DatabaseUnreachable = new("Community.DatabaseUnreachable", "无法连接或迁移该数据库", "The database cannot be reached or migrated");
    public static readonly ErrorCode HasSharedData = new("Community.HasSharedData", "社区在共享数据库中已有数据，请选择迁移", "The community has data in the shared database; ask for a move");
    public static readonly ErrorCode MoveFailed = new("Community.MoveFailed", "数据迁移校验失败，社区仍使用共享数据库", "The move did not verify; the community stays in the shared database");
    public static readonly ErrorCode ModuleNotFound = new("Module.NotFound", "模块未安装", "No such module is installed");
    public static readonly ErrorCode PlatformModule = new("Module.PlatformAlwaysOn", "平台模块不能停用", "A platform module cannot be switched off");
    public static readonly ErrorCode DependenciesDisabled = new("Module.DependenciesDisabled", "请先启用所依赖的模块", "Switch on the modules it depends on first");
    public static readonly ErrorCode RequiredByOthers = new("Module.RequiredByOthers", "其他已启用模块依赖此模块", "Enabled modules depend on this module");
}
