using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>The groups that serve a grid, with their leaders' names from the registry (<see cref="IGridPartyGroups"/>).</summary>
public sealed class GridPartyGroups(PartyDbContext db, PartyNames names) : IGridPartyGroups, IScopedService
{
    public async Task<IReadOnlyList<GridPartyGroup>> GetAsync(CancellationToken cancellationToken)
    {
        var groups = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Group && u.GridId != null).ToListAsync(cancellationToken);
        var leaders = await names.MembersAsync(groups.SelectMany(g => g.Team).Where(s => s.Post == UnitPost.GroupLeader).Select(s => s.MemberId), cancellationToken);
        return groups.OrderBy(g => g.Name, CommunityPlatform.Application.NaturalOrder.Instance)
            .Select(g => new GridPartyGroup(g.GridId!.Value, g.Id, g.Name,
                g.Team.FirstOrDefault(s => s.Post == UnitPost.GroupLeader) is { } leader ? leaders.GetValueOrDefault(leader.MemberId)?.Name : null))
            .ToList();
    }
}
