namespace CommunityPlatform.Permissions;

/// <summary>
/// Which level of the city's geography may hold a permission. A community role can hold only community permissions,
/// whatever it lists: a secretary who writes <c>Platform.Communities.Manage</c> into a role of its own gains nothing.
/// </summary>
public enum PermissionTier
{
    /// <summary>Work inside one community: granted through the community's roles.</summary>
    Community,

    /// <summary>A street's own actions over its communities (e.g. answering escalated events): street accounts only.</summary>
    Street,

    /// <summary>The city's administration of the platform (communities, streets, module switches, parked events): city accounts only.</summary>
    Platform,
}
