namespace CommunityPlatform.Web.Security;

/// <summary>
/// A write that is the street's (or the city's) own action over its communities — answering an event a community
/// escalated, making the street's display account — so a street account, read-only everywhere else, may make it. Guard
/// it with a <see cref="Permissions.PermissionTier.Street"/> permission: no community role holds one. The OpenAPI document
/// marks such an operation with <c>x-street-action</c>, so the attack suite knows a street account may succeed there.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class StreetActionAttribute : Attribute;
