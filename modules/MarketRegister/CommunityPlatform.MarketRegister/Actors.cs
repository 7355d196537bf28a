using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.MarketRegister;

/// <summary>Who acts in this request (for the decisions' record) and whether they may see the sensitive fields.</summary>
public sealed class Actors(RequestContext current) : IScopedService
{
    public string? Name => current.AccountName;

    public bool SeesSensitive => current.Has(MarketPermissions.ViewSensitive);
}
