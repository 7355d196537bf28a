using CommunityPlatform.Errors;

namespace CommunityPlatform.Communities.Domain;

public static class CommunitiesErrors
{
    public static readonly ErrorCode StreetNotFound = new("Street.NotFound", "街道不存在", "No such street");
    public static readonly ErrorCode DistrictNotFound = new("District.NotFound", "区县不存在", "No such district");
    public static readonly ErrorCode CodeTaken = new("Community.CodeTaken", "社区代码已被使用", "The community code is taken");
    public static readonly ErrorCode StreetCodeTaken = new("Street.CodeTaken", "街道代码已被使用", "The street code is taken");
    public static readonly ErrorCode DistrictCodeTaken = new("District.CodeTaken", "区县代码已被使用", "The district code is taken");
    public static readonly ErrorCode ModuleNotFound = new("Module.NotFound", "模块未安装", "No such module is installed");
    public static readonly ErrorCode PlatformModule = new("Module.PlatformAlwaysOn", "平台模块不能停用", "A platform module cannot be switched off");
    public static readonly ErrorCode DependenciesDisabled = new("Module.DependenciesDisabled", "请先启用所依赖的模块", "Switch on the modules it depends on first");
    public static readonly ErrorCode RequiredByOthers = new("Module.RequiredByOthers", "其他已启用模块依赖此模块", "Enabled modules depend on this module");
}
