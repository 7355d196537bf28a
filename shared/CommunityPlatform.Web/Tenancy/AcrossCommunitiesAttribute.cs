namespace CommunityPlatform.Web.Tenancy;

/// <summary>
/// An endpoint of street and city accounts over all the communities they oversee (a street's inbox, the overview, the
/// big screen): it needs no <c>X-Community</c>. Without one, its <see cref="Security.RequiresPermissionAttribute"/>s are
/// checked across the account's communities (<c>AccountAccess.HasAcross</c>), so a community account, which holds
/// nothing across communities, is refused; the endpoint reaches its communities through the kernel's
/// <c>CommunitySweep</c> or <c>OverviewSweep</c>, which leave out those with the module off.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AcrossCommunitiesAttribute : Attribute;
