using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.GridManagement;

/// <summary>Who is acting in this request: the signed-in account, or the module that called in.</summary>
public sealed class Actors(RequestContext current) : IScopedService
{
    public Actor Current => new(current.AccountId, current.AccountName);

    public bool May(string permission) => current.Has(permission);
}
