using CommunityPlatform.Web.Console;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Grids;

/// <summary>The grid tree of the request's community; buildings and their households are read from the registry.</summary>
public sealed class GridService(GridDbContext db, IResidentDirectory registry, RequestContext scope) : IScopedService
{
    public async Task<IReadOnlyList<GridDto>> ListAsync(GridQuery query, CancellationToken ct)
    {
        var grids = db.Grids.AsNoTracking();
        if (query.Level is { } level) grids = grids.Where(g => g.Level == level);
        if (query.ParentId is { } parent) grids = grids.Where(g => g.ParentId == parent);
        return await ToDtosAsync(await grids.ToListAsync(ct), ct);
    }

    public async Task<GridDto> GetAsync(Guid id, CancellationToken ct) =>
        (await ToDtosAsync([await FindAsync(id, ct, tracked: false)], ct))[0];

    public async Task<GridDto> CreateAsync(GridRequest request, CancellationToken ct)
    {
        var parent = await ParentAsync(request.ParentId, ct);
        var level = request.Level!.Value;
        var sequence = request.Sequence ?? await NextSequenceAsync(level, ct);
        var grid = new Grid(scope.CommunityCode!, request.Name!, level, sequence, parent);
        grid.Describe(request.Area, request.TargetHouseholds, request.TargetPeople);
        await CoverAsync(grid, request.BuildingIds, ct);
        await EnsureCodeFreeAsync(grid, ct);
        db.Grids.Add(grid);
        await db.SaveUniqueAsync(GridErrors.CodeTaken, ct);
        return await GetAsync(grid.Id, ct);
    }

    public async Task<GridDto> UpdateAsync(Guid id, GridRequest request, CancellationToken ct)
    {
        var grid = await FindAsync(id, ct);
        db.ExpectStamp(grid, request.ConcurrencyStamp);
        if (request.Level != grid.Level) throw new InvalidInputException(PlatformErrors.InvalidRequest, "level", Lang.T("网格层级不能修改，请新建网格。", "A grid keeps its level; make a new grid instead."));
        var parent = await ParentAsync(request.ParentId, ct);
        grid.Rename(request.Name!);
        grid.Place(scope.CommunityCode!, request.Sequence ?? grid.Sequence, parent);
        grid.Describe(request.Area, request.TargetHouseholds, request.TargetPeople);
        await CoverAsync(grid, request.BuildingIds, ct);
        await EnsureCodeFreeAsync(grid, ct);
        await db.SaveUniqueAsync(GridErrors.CodeTaken, ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var grid = await FindAsync(id, ct);
        if (await db.Grids.AnyAsync(g => g.ParentId == id, ct)) throw new BusinessRuleException(GridErrors.HasChildren);
        // A post names whose grids a grid worker sees: removing the grid under it would quietly take their grids away.
        if (await db.Staff.AnyAsync(s => s.GridId == id, ct)) throw new BusinessRuleException(GridErrors.HasStaff);
        // The records of a grid stay readable under its name: a grid with history is renamed or emptied, not removed.
        if (await db.Events.AnyAsync(e => e.GridId == id, ct) || await db.Patrols.AnyAsync(p => p.GridId == id, ct) || await db.Visits.AnyAsync(v => v.GridId == id, ct))
            throw new BusinessRuleException(GridErrors.HasRecords);
        db.Grids.Remove(grid);
        await db.SaveChangesAsync(ct);
    }

    public async Task<Grid> FindAsync(Guid id, CancellationToken ct, bool tracked = true)
    {
        var grids = tracked ? db.Grids : db.Grids.AsNoTracking();
        return await grids.FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new NotFoundException(GridErrors.GridNotFound);
    }

    private async Task<Grid?> ParentAsync(Guid? parentId, CancellationToken ct) =>
        parentId is { } id
            ? await db.Grids.FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new InvalidInputException(GridErrors.GridNotFound, "parentId", GridErrors.GridNotFound.Localized())
            : null;

    private async Task<int> NextSequenceAsync(GridLevel level, CancellationToken ct) =>
        (await db.Grids.IgnoreQueryFilters().Where(g => g.CommunityId == scope.CommunityId && !g.IsDeleted && g.Level == level)
            .Select(g => (int?)g.Sequence).MaxAsync(ct) ?? 0) + 1;

    private async Task EnsureCodeFreeAsync(Grid grid, CancellationToken ct)
    {
        // Across every grid of the community, also those a narrowed account cannot see.
        if (await db.Grids.IgnoreQueryFilters().AnyAsync(g => g.CommunityId == scope.CommunityId && !g.IsDeleted && g.Code == grid.Code && g.Id != grid.Id, ct))
            throw new BusinessRuleException(GridErrors.CodeTaken);
    }

    /// <summary>A building belongs to exactly one lowest-level grid, and must be in this community's registry.</summary>
    private async Task CoverAsync(Grid grid, IReadOnlyList<Guid>? buildingIds, CancellationToken ct)
    {
        var ids = (buildingIds ?? []).Distinct().ToList();
        grid.Cover(ids);
        if (ids.Count == 0) return;
        if ((await registry.GetBuildingsAsync(ids, ct)).Count != ids.Count) throw new BusinessRuleException(GridErrors.BuildingNotInRegistry);
        var others = await db.Grids.IgnoreQueryFilters()
            .Where(g => g.CommunityId == scope.CommunityId && !g.IsDeleted && g.Level == GridLevel.BuildingGroup && g.Id != grid.Id)
            .Select(g => g.BuildingIds).ToListAsync(ct);
        if (others.Any(o => o.Intersect(ids).Any())) throw new BusinessRuleException(GridErrors.BuildingInOtherGrid);
    }

    private async Task<IReadOnlyList<GridDto>> ToDtosAsync(IReadOnlyList<Grid> grids, CancellationToken ct)
    {
        var buildings = (await registry.GetBuildingsAsync(grids.SelectMany(g => g.BuildingIds).Distinct().ToList(), ct)).ToDictionary(b => b.Id);
        return grids.OrderBy(g => g.Level).ThenBy(g => g.Sequence)
            .Select(g =>
            {
                var households = g.BuildingIds.Sum(b => buildings.GetValueOrDefault(b)?.Households ?? 0);
                IReadOnlyList<string> warnings = g.IsFarOffTarget(households) ? [GridErrors.SizeFarOffTarget.Code] : [];
                return new GridDto(g.Id, g.Code, g.Name, g.Level, g.Sequence, g.ParentId, g.Area, g.BuildingIds, g.TargetHouseholds, g.TargetPeople,
                    households, warnings, g.ConcurrencyStamp);
            })
            .ToList();
    }
}
