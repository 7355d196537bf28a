namespace CommunityPlatform.Permissions;

/// <summary>A permission a module defines, e.g. <c>Residents.People.Manage</c>, and the tier that may hold it.</summary>
/// <param name="ReadOnly">It only reads: a street account may hold it. Every <c>.View</c> permission, and those declared so.</param>
public sealed record PermissionDefinition(
    string Name, string Title, string EnglishTitle, string Group, string Module, PermissionTier Tier = PermissionTier.Community, bool ReadOnly = false);
