namespace CommunityPlatform.Web.Tenancy;

/// <summary>
/// The endpoint works inside one community: without one (an account that sees several and sent no
/// <c>X-Community</c>) it answers 400 <c>Community.Required</c>, and a disabled module answers 404.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RequiresCommunityAttribute : Attribute;
