using CommunityPlatform.Errors;

namespace CommunityPlatform.Identity.Domain;

public static class IdentityErrors
{
    public static readonly ErrorCode InvalidCredentials = new("Account.InvalidCredentials", "用户名或密码错误；连续输错多次后账号将暂时锁定", "Wrong user name or password; repeated failures lock the account for a while");
    public static readonly ErrorCode Inactive = new("Account.Inactive", "账号已停用", "The account is disabled");
    public static readonly ErrorCode NotFound = new("Account.NotFound", "账号不存在", "No such account");
    public static readonly ErrorCode UserNameTaken = new("Account.UserNameTaken", "用户名已被使用", "The user name is taken");
    public static readonly ErrorCode WeakPassword = new("Account.WeakPassword", "密码至少8位，并包含大写字母、小写字母、数字、符号中的三类", "A password needs 8+ characters of three kinds (upper, lower, digit, symbol)");
    public static readonly ErrorCode WrongPassword = new("Account.WrongPassword", "当前密码不正确", "The current password is wrong");
    public static readonly ErrorCode UnknownRole = new("Role.Unknown", "角色不存在", "No such role");
    public static readonly ErrorCode RoleTaken = new("Role.NameTaken", "角色名已被使用", "The role name is taken");
    public static readonly ErrorCode UnknownPermission = new("Permission.Unknown", "权限不存在", "No such permission");
    public static readonly ErrorCode NotCommunityAccount = new("Account.NotCommunityAccount", "市级和街道账号不按社区授予角色", "City and street accounts hold no community roles");
    public static readonly ErrorCode PermissionTierNotAllowed = new("Role.PermissionNotAllowed", "社区角色只能包含社区权限", "A community role can hold community permissions only");
    public static readonly ErrorCode KindNotAllowed = new("Account.KindNotAllowed", "只有市级管理员可以创建市级或街道账号", "Only the city administrator creates city and street accounts");
}
