namespace CommunityPlatform.Web.Security;

/// <summary>
/// The endpoint needs this permission in the request's community (city administrators hold every permission; a
/// platform permission also needs a city account). Checked by <see cref="EndpointPolicy"/> for controllers and pages
/// alike; several on one endpoint must all hold.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresPermissionAttribute(string permission) : Attribute
{
    public string Permission { get; } = permission;
}
