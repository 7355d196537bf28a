using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.Modularity;
using CommunityPlatform.Security;
using CommunityPlatform.Tenancy;

namespace CommunityPlatform.GridManagement;

/// <summary>Who is acting in this request: the signed-in account, or the module that called in.</summary>
public sealed class Actors(CurrentAccount current, DataScope scope) : IScopedService
{
    public Actor Current => new(current.Id ?? scope.AccountId, current.Access?.UserName ?? scope.AccountName);

    public bool May(string permission) => current.Has(permission);
}
