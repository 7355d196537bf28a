namespace CommunityPlatform.Permissions;

/// <summary>A permission a module defines, e.g. <c>Residents.People.Manage</c>, and the tier that may hold it.</summary>
public sealed record PermissionDefinition(string Name, string Title, string EnglishTitle, string Group, string Module, PermissionTier Tier = PermissionTier.Community);
