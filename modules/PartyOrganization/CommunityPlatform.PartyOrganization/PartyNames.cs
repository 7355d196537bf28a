using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization;

/// <summary>
/// Names for the module's answers: units from this module, people from the registry in one second query per answer
/// (members are residents, so a member's name is the resident's). Loaded once per request.
/// </summary>
public sealed class PartyNames(PartyDbContext db, IResidentDirectory registry) : IScopedService
{
    private Dictionary<Guid, OrganizationUnit>? units;

    public async Task<IReadOnlyDictionary<Guid, OrganizationUnit>> UnitsAsync(CancellationToken ct) =>
        units ??= await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);

    public async Task<string> UnitNameAsync(Guid id, CancellationToken ct) =>
        (await UnitsAsync(ct)).GetValueOrDefault(id)?.Name ?? "";

    /// <summary>The resident of each member id given, by member id.</summary>
    public async Task<IReadOnlyDictionary<Guid, ResidentSummary>> MembersAsync(IEnumerable<Guid> memberIds, CancellationToken ct)
    {
        var ids = memberIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, ResidentSummary>();
        var residentOf = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.ResidentId, ct);
        var residents = await ResidentsAsync(residentOf.Values, ct);
        return residentOf.Where(p => residents.ContainsKey(p.Value)).ToDictionary(p => p.Key, p => residents[p.Value]);
    }

    public async Task<IReadOnlyDictionary<Guid, ResidentSummary>> ResidentsAsync(IEnumerable<Guid> residentIds, CancellationToken ct) =>
        (await registry.GetManyAsync(residentIds, ct)).ToDictionary(r => r.Id);

    /// <summary>The unit and every unit below it.</summary>
    public async Task<HashSet<Guid>> SubtreeAsync(Guid unitId, CancellationToken ct) => OrganizationUnit.Subtree((await UnitsAsync(ct)).Values, unitId);

    /// <summary>The records of the unit and of every unit below it; all records when no unit is asked for.</summary>
    public async Task<IQueryable<T>> WithinUnitAsync<T>(IQueryable<T> query, Guid? unitId, CancellationToken ct) where T : IBelongsToUnit
    {
        if (unitId is not { } id) return query;
        var units = await SubtreeAsync(id, ct);
        return query.Where(r => units.Contains(r.UnitId));
    }

    /// <summary>A unit of this community, or 422 <c>Party.UnitNotInCommunity</c> — a unit id from another community is never found here.</summary>
    public async Task<OrganizationUnit> UnitAsync(Guid id, CancellationToken ct) =>
        (await UnitsAsync(ct)).GetValueOrDefault(id) ?? throw new Errors.BusinessRuleException(PartyErrors.UnitNotInCommunity);

    /// <summary>The resident, or 400 with the field named.</summary>
    public async Task<ResidentSummary> ResidentAsync(Guid id, string field, CancellationToken ct) =>
        (await registry.GetManyAsync([id], ct)).FirstOrDefault()
        ?? throw new Errors.InvalidInputException(PartyErrors.ResidentNotFound, field, PartyErrors.ResidentNotFound.Localized());

    public void Forget() => units = null;
}
