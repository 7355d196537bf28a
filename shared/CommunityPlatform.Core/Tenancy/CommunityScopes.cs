using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.Tenancy;

public static class CommunityScopes
{
    /// <summary>
    /// A new service scope acting for <paramref name="community"/> (none: the shared database, no community): its
    /// contexts filter by that community and, for one on its own database, connect there.
    /// </summary>
    public static AsyncServiceScope CreateAsyncScope(this IServiceScopeFactory scopes, CommunityInfo? community) =>
        scopes.CreateAsyncScope(community, out _);

    /// <summary>
    /// The same, handing back the scope's <see cref="RequestContext"/> for work that also acts as someone (an import, a
    /// report sweep) or is recorded differently (seeding): the one way background work sets who acts and where.
    /// </summary>
    public static AsyncServiceScope CreateAsyncScope(this IServiceScopeFactory scopes, CommunityInfo? community, out RequestContext context)
    {
        var scope = scopes.CreateAsyncScope();
        context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.SetCommunity(community);
        return scope;
    }

    /// <inheritdoc cref="CreateAsyncScope(IServiceScopeFactory, CommunityInfo?)"/>
    public static AsyncServiceScope CreateAsyncScope(this IServiceProvider services, CommunityInfo? community) =>
        services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope(community);
}
