namespace CommunityPlatform.Permissions;

/// <summary>
/// A role as modules ship it. Templates of the same name from several modules are one role:
/// the community secretary holds every module's secretary permissions.
/// </summary>
public sealed record RoleTemplate(string Name, string Title, string EnglishTitle, IReadOnlySet<string> Permissions);

/// <summary>The role templates every host has, whatever its modules; modules add permissions to them and bring their own.</summary>
public static class RoleNames
{
    public const string Secretary = "secretary";
    public const string StreetReadOnly = "street-readonly";
}
