using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization;
using CommunityPlatform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.CultureTeams;

/// <summary>
/// Which residents are Party members, asked of the Party module through its Contracts. Null — not "none" — when the
/// module is off in the community or not installed: the caller then shows no membership rather than a wrong one.
/// </summary>
public sealed class PartyMembers(IModuleSwitches switches, RequestContext scope, IServiceProvider services) : IScopedService
{
    public async Task<IReadOnlySet<Guid>?> AmongAsync(IReadOnlyCollection<Guid> residents, CancellationToken ct)
    {
        if (scope.CommunityId is not { } community || !switches.IsEnabled(community, PartyOrganizationModuleName.Value)) return null;
        return services.GetService<IPartyMembership>() is { } membership ? await membership.MembersAmongAsync(residents, ct) : null;
    }
}
