namespace CommunityPlatform.Errors;

/// <summary>Error codes of the kernel itself; each module keeps its own beside its domain.</summary>
public static class PlatformErrors
{
    public static readonly ErrorCode InvalidRequest = new("Request.Invalid", "请求参数有误", "One or more fields are invalid");
    public static readonly ErrorCode UnsupportedMediaType = new("Request.UnsupportedMediaType", "请求正文须为 JSON（application/json）", "Send the request body as JSON (application/json)");
    public static readonly ErrorCode NotFound = new("Request.NotFound", "资源不存在", "Not found");
    public static readonly ErrorCode Unauthorized = new("Account.Unauthorized", "请先登录", "Sign-in required");
    public static readonly ErrorCode PermissionDenied = new("Permission.Denied", "没有权限", "Permission denied");
    public static readonly ErrorCode MustChangePassword = new("Account.MustChangePassword", "请先修改密码", "Change your password first");
    public static readonly ErrorCode ReadOnly = new("Account.ReadOnly", "该账号只能查看", "This account may only read");
    public static readonly ErrorCode Stale = new("Concurrency.Stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
    public static readonly ErrorCode Duplicate = new("Request.Duplicate", "记录重复", "A record with the same key exists");
    public static readonly ErrorCode CommunityRequired = new("Community.Required", "请选择社区（X-Community）", "Choose a community with the X-Community header");
    public static readonly ErrorCode CommunityForbidden = new("Community.Forbidden", "无权访问该社区", "This account may not see that community");
    public static readonly ErrorCode CommunityNotFound = new("Community.NotFound", "社区不存在", "No such community");
    public static readonly ErrorCode CommunityMoving = new("Community.Moving", "社区数据正在迁移，请稍后再试", "The community's data is being moved; try again shortly");
    public static readonly ErrorCode ModuleDisabled = new("Module.Disabled", "该社区未启用此模块", "This module is not enabled for the community");
    public static readonly ErrorCode Unavailable = new("Server.Unavailable", "服务暂时不可用，请稍后再试", "The service is temporarily unavailable; try again shortly");
    public static readonly ErrorCode Unexpected = new("Server.Error", "服务器内部错误", "An unexpected error occurred");
}
