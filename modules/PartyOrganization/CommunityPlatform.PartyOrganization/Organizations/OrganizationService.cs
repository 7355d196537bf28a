using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Organizations;

/// <summary>The organisation tree of the request's community. Secretaries are residents, read through the registry's contract.</summary>
public sealed class OrganizationService(PartyDbContext db, IResidentDirectory residents, BuildingCoverage coverage, PartyNames people, GridLinks grids) : IScopedService
{
    public async Task<IReadOnlyList<OrganizationUnitDto>> ListAsync(CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        return await ToDtosAsync(units, units, ct);
    }

    public async Task<OrganizationUnitDto> GetAsync(Guid id, CancellationToken ct)
    {
        var all = await db.Units.AsNoTracking().ToListAsync(ct);
        var unit = all.FirstOrDefault(u => u.Id == id) ?? throw new NotFoundException(PartyErrors.UnitNotFound);
        return (await ToDtosAsync([unit], all, ct))[0];
    }

    public async Task<OrganizationUnitDto> CreateAsync(OrganizationUnitRequest request, CancellationToken ct)
    {
        await EnsureSecretaryAsync(request.SecretaryResidentId, ct);
        var parent = request.ParentId is { } parentId ? await FindAsync(parentId, ct, field: "parentId") : null;
        var unit = new OrganizationUnit(request.Name!, request.Kind!.Value, parent, request.SecretaryResidentId);
        await coverage.CoverAsync(unit, request.BuildingIds, ct);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return await GetAsync(unit.Id, ct);
    }

    public async Task<OrganizationUnitDto> UpdateAsync(Guid id, OrganizationUnitRequest request, CancellationToken ct)
    {
        var unit = await FindAsync(id, ct);
        db.ExpectStamp(unit, request.ConcurrencyStamp);
        await EnsureSecretaryAsync(request.SecretaryResidentId, ct);
        var parent = request.ParentId is { } parentId ? await FindAsync(parentId, ct, field: "parentId") : null;
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        unit.Update(request.Name!, request.Kind!.Value, parent, Ancestry(parent?.Id, parents), request.SecretaryResidentId);
        await coverage.CoverAsync(unit, request.BuildingIds, ct);
        // Children must stay below their parent's new level.
        if (await db.Units.AnyAsync(u => u.ParentId == id && u.Kind <= request.Kind, ct))
            throw new BusinessRuleException(PartyErrors.KindAboveParent);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var unit = await FindAsync(id, ct);
        if (await db.Units.AnyAsync(u => u.ParentId == id, ct)) throw new BusinessRuleException(PartyErrors.HasChildren);
        if (await db.Members.AnyAsync(m => m.UnitId == id && m.State != MemberState.Left, ct)) throw new BusinessRuleException(PartyErrors.HasMembers);
        db.Units.Remove(unit);
        await db.SaveChangesAsync(ct);
    }

    private static List<Guid> Ancestry(Guid? start, IReadOnlyDictionary<Guid, Guid?> parents)
    {
        var path = new List<Guid>();
        for (var current = start; current is { } id && !path.Contains(id); current = parents.GetValueOrDefault(id))
            path.Add(id);
        return path;
    }

    private async Task<OrganizationUnit> FindAsync(Guid id, CancellationToken ct, string? field = null) =>
        await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct)
        ?? (field is null
            ? throw new NotFoundException(PartyErrors.UnitNotFound)
            : throw new InvalidInputException(PartyErrors.UnitNotFound, field, PartyErrors.UnitNotFound.Localized()));

    private async Task EnsureSecretaryAsync(Guid? residentId, CancellationToken ct)
    {
        if (residentId is { } id && (await residents.GetManyAsync([id], ct)).Count == 0)
            throw new InvalidInputException(PartyErrors.SecretaryNotResident, "secretaryResidentId", PartyErrors.SecretaryNotResident.Localized());
    }

    private async Task<IReadOnlyList<OrganizationUnitDto>> ToDtosAsync(IReadOnlyList<OrganizationUnit> units, IReadOnlyList<OrganizationUnit> all, CancellationToken ct)
    {
        var secretaryIds = units.Where(u => u.SecretaryResidentId is not null).Select(u => u.SecretaryResidentId!.Value);
        var names = (await residents.GetManyAsync(secretaryIds, ct)).ToDictionary(r => r.Id, r => r.Name);
        var children = all.Where(u => u.ParentId is not null).GroupBy(u => u.ParentId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var direct = await db.Members.AsNoTracking().Where(m => m.State != MemberState.Left).GroupBy(m => m.UnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // A unit's members are those of the units below it too: a general branch counts its branches' members.
        var members = units.ToDictionary(u => u.Id, u => OrganizationUnit.Subtree(all, u.Id).Sum(id => direct.GetValueOrDefault(id)));
        var team = await people.MembersAsync(units.SelectMany(u => u.Team).Select(s => s.MemberId), ct);
        var gridNames = (await grids.GridsAsync(ct)).ToDictionary(g => g.Id, g => g.Name);
        IReadOnlyList<UnitPostDto> Team(OrganizationUnit unit) => unit.Team.Where(s => team.ContainsKey(s.MemberId))
            .Select(s => new UnitPostDto(s.MemberId, team[s.MemberId].Id, team[s.MemberId].Name, s.Post)).OrderBy(p => p.Post).ToList();
        // Units as people count them: 第2党支部 before 第10党支部.
        return units.OrderBy(u => u.Kind).ThenBy(u => u.Name, NaturalOrder.Instance)
            .Select(u =>
            {
                var seated = Team(u);
                return new OrganizationUnitDto(u.Id, u.Name, u.Kind, u.ParentId, u.SecretaryResidentId,
                    u.SecretaryResidentId is { } s ? names.GetValueOrDefault(s) : null, children.GetValueOrDefault(u.Id),
                    members.GetValueOrDefault(u.Id), u.BuildingIds, u.ConcurrencyStamp, seated,
                    seated.FirstOrDefault(p => p.Post == UnitPost.GroupLeader)?.Name, u.GridId, u.GridId is { } g ? gridNames.GetValueOrDefault(g) : null);
            })
            .ToList();
    }
}
