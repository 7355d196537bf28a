using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.JointUnits;

/// <summary>共驻共建: the area's units that build with the community, their agreements and the activities held together.</summary>
public sealed class JointUnitService(PartyDbContext db) : IScopedService
{
    public async Task<IReadOnlyList<JointUnitDto>> ListAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.JointUnits.AsNoTracking().OrderBy(u => u.Name).ToListAsync(ct), ct);

    public async Task<JointUnitDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<JointUnitDto> CreateAsync(JointUnitRequest request, CancellationToken ct)
    {
        var unit = new JointUnit(Facts(request));
        db.JointUnits.Add(unit);
        await db.SaveChangesAsync(ct);
        return await GetAsync(unit.Id, ct);
    }

    public async Task<JointUnitDto> UpdateAsync(Guid id, JointUnitRequest request, CancellationToken ct)
    {
        var unit = await FindAsync(id, ct);
        db.ExpectStamp(unit, request.ConcurrencyStamp);
        unit.Apply(Facts(request));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<JointUnitDto> AddActivityAsync(Guid id, JointActivityRequest request, CancellationToken ct)
    {
        var unit = await FindAsync(id, ct);
        db.JointActivities.Add(new JointActivity(unit.Id, request.HeldOn!.Value, request.Title!, request.Participants, request.Note));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        db.JointUnits.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    private static JointUnitFacts Facts(JointUnitRequest r) =>
        new(r.Name!, r.Contact, r.Phone, r.Resources, r.AgreementSignedOn, r.AgreementUntil, r.AgreementTerms);

    private async Task<JointUnit> FindAsync(Guid id, CancellationToken ct) =>
        await db.JointUnits.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException(PartyErrors.JointUnitNotFound);

    private async Task<IReadOnlyList<JointUnitDto>> ToDtosAsync(IReadOnlyList<JointUnit> units, CancellationToken ct)
    {
        var ids = units.Select(u => u.Id).ToList();
        var activities = await db.JointActivities.AsNoTracking().Where(a => ids.Contains(a.JointUnitId)).OrderByDescending(a => a.HeldOn).ToListAsync(ct);
        return units.Select(u => new JointUnitDto(
            u.Id, u.Name, u.Contact, u.Phone, u.Resources, u.AgreementSignedOn, u.AgreementUntil, u.AgreementTerms,
            activities.Where(a => a.JointUnitId == u.Id).Select(a => new JointActivityDto(a.Id, a.HeldOn, a.Title, a.Participants, a.Note)).ToList(),
            u.ConcurrencyStamp)).ToList();
    }
}
