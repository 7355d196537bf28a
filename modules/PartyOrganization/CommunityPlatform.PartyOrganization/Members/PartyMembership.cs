using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Members;

/// <summary>Answers other modules which residents are members here (<see cref="IPartyMembership"/>).</summary>
public sealed class PartyMembership(PartyDbContext db) : IPartyMembership, IScopedService
{
    public async Task<IReadOnlySet<Guid>> MembersAmongAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken)
    {
        if (residentIds.Count == 0) return new HashSet<Guid>();
        var ids = residentIds.Distinct().ToList();
        return (await db.Members.AsNoTracking().Where(m => ids.Contains(m.ResidentId) && m.State != MemberState.Left).Select(m => m.ResidentId).ToListAsync(cancellationToken)).ToHashSet();
    }
}
