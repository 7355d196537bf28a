using CommunityPlatform.Events;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.PartyOrganization;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>
/// Keeps the copy of each building's Party-building liaison. The event says the whole state of one building, so a
/// repeat or a late delivery of the same message leaves the same copy.
/// </summary>
public sealed class LiaisonHandler(GridDbContext db) : IIntegrationEventHandler<BuildingLiaisonChanged>
{
    public async Task HandleAsync(BuildingLiaisonChanged changed, Delivery delivery, CancellationToken cancellationToken)
    {
        var copy = await db.Liaisons.FirstOrDefaultAsync(l => l.BuildingId == changed.BuildingId, cancellationToken);
        if (changed.MemberId is not { } memberId)
        {
            if (copy is not null) db.Liaisons.Remove(copy);
        }
        else if (copy is null)
        {
            db.Liaisons.Add(new LiaisonCopy(changed.BuildingId, memberId, changed.ResidentId, changed.Name ?? ""));
        }
        else
        {
            copy.Hand(memberId, changed.ResidentId, changed.Name ?? "");
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
