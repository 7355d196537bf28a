using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>
/// One Party-building liaison (党建联络员) per building. This module owns them and tells the others through
/// <see cref="BuildingLiaisonChanged"/>; the grid module shows them without asking this one.
/// </summary>
public sealed class LiaisonService(PartyDbContext db, PartyNames names, MemberService members, IResidentDirectory registry) : IScopedService
{
    public async Task<IReadOnlyList<LiaisonDto>> ListAsync(CancellationToken ct)
    {
        var liaisons = await db.Liaisons.AsNoTracking().ToListAsync(ct);
        var people = await names.MembersAsync(liaisons.Select(l => l.MemberId), ct);
        var groups = (await names.UnitsAsync(ct)).Values.Where(u => u.Kind == UnitKind.Group).ToList();
        return liaisons.Where(l => people.ContainsKey(l.MemberId))
            .Select(l => new LiaisonDto(l.BuildingId, l.MemberId, people[l.MemberId].Id, people[l.MemberId].Name,
                groups.FirstOrDefault(g => g.BuildingIds.Contains(l.BuildingId))?.Id))
            .ToList();
    }

    public async Task<LiaisonDto> AssignAsync(Guid buildingId, LiaisonRequest request, CancellationToken ct)
    {
        if ((await registry.GetBuildingsAsync([buildingId], ct)).Count == 0) throw new NotFoundException(PartyErrors.BuildingNotInRegistry);
        var member = await members.ActiveAsync(request.MemberId!.Value, "memberId", ct);
        var liaison = await db.Liaisons.FirstOrDefaultAsync(l => l.BuildingId == buildingId, ct);
        if (liaison is null) db.Liaisons.Add(liaison = new BuildingLiaison(buildingId, member.Id));
        else liaison.Hand(member.Id);
        var resident = await names.ResidentAsync(member.ResidentId, "memberId", ct);
        db.Publish(new BuildingLiaisonChanged(buildingId, member.Id, member.ResidentId, resident.Name));
        await db.SaveChangesAsync(ct);
        return (await ListAsync(ct)).First(l => l.BuildingId == buildingId);
    }

    public async Task VacateAsync(Guid buildingId, CancellationToken ct)
    {
        var liaison = await db.Liaisons.FirstOrDefaultAsync(l => l.BuildingId == buildingId, ct) ?? throw new NotFoundException(PlatformErrors.NotFound);
        db.Liaisons.Remove(liaison);
        db.Publish(new BuildingLiaisonChanged(buildingId, null, null, null));
        await db.SaveChangesAsync(ct);
    }
}
