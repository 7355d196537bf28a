using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Tenancy;

public static class CommunityScopes
{
    /// <summary>
    /// A new service scope acting for <paramref name="community"/> (none: the shared database, no community): its
    /// contexts filter by that community and, for one on its own database, connect there.
    /// </summary>
    public static AsyncServiceScope CreateAsyncScope(this IServiceScopeFactory scopes, CommunityInfo? community)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().SetCommunity(community);
        return scope;
    }

    /// <inheritdoc cref="CreateAsyncScope(IServiceScopeFactory, CommunityInfo?)"/>
    public static AsyncServiceScope CreateAsyncScope(this IServiceProvider services, CommunityInfo? community) =>
        services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope(community);
}
