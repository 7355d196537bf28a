using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Patrols;

/// <summary>The daily patrol (一日一巡): rounds with their findings, each finding optionally an event in the same save.</summary>
public sealed class PatrolService(GridDbContext db, GridService grids, EventService events, Actors actors, TimeProvider clock) : IScopedService
{
    public async Task<Paged<PatrolDto>> ListAsync(PatrolQuery q, CancellationToken ct)
    {
        var patrols = db.Patrols.AsNoTracking();
        if (q.GridId is { } grid) patrols = patrols.Where(p => p.GridId == grid);
        if (q.From is { } from) patrols = patrols.Where(p => p.Day >= from);
        if (q.To is { } to) patrols = patrols.Where(p => p.Day <= to);
        var total = await patrols.CountAsync(ct);
        var page = await patrols.OrderByDescending(p => p.At).ThenByDescending(p => p.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<PatrolDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<PatrolDto> GetAsync(Guid id, CancellationToken ct) =>
        (await ToDtosAsync([await db.Patrols.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(PlatformErrors.NotFound)], ct))[0];

    public async Task<PatrolDto> RecordAsync(PatrolRequest request, CancellationToken ct)
    {
        Grid grid;
        try
        {
            grid = await grids.FindAsync(request.GridId!.Value, ct, tracked: false);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException(GridErrors.GridNotFound, "gridId", GridErrors.GridNotFound.Localized());
        }

        var at = request.At?.ToUniversalTime() ?? clock.GetUtcNow().UtcDateTime;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(at, CommunityCalendar.Zone));
        var by = await actors.CurrentAsync(ct);
        var patrol = new Patrol(grid, by, at, day, request.BuildingIds ?? [], request.Note);
        foreach (var finding in request.Findings ?? [])
        {
            var raised = finding.RaiseEvent
                ? events.Open(grid.Id, EventSource.Patrol, finding.Kind, finding.Text!, request.Note, by.Name, finding.Parties, at)
                : null;
            patrol.Find(finding.Text!, raised?.Id);
        }

        db.Patrols.Add(patrol);
        await db.SaveChangesAsync(ct);
        return await GetAsync(patrol.Id, ct);
    }

    /// <summary>Per lowest-level grid on <paramref name="day"/> (default today, China time): buildings patrolled ÷ buildings.</summary>
    public async Task<PatrolCoverage> CoverageAsync(DateOnly? day, CancellationToken ct)
    {
        var on = day ?? clock.Today();
        var lowest = await db.Grids.AsNoTracking().Where(g => g.Level == GridLevel.BuildingGroup).ToListAsync(ct);
        var walked = (await db.Patrols.AsNoTracking().Where(p => p.Day == on).Select(p => new { p.GridId, p.BuildingIds }).ToListAsync(ct))
            .GroupBy(p => p.GridId).ToDictionary(g => g.Key, g => g.SelectMany(p => p.BuildingIds).ToHashSet());
        return new PatrolCoverage(on, lowest.OrderBy(g => g.Sequence).Select(g =>
        {
            var patrolled = g.BuildingIds.Count(b => walked.GetValueOrDefault(g.Id)?.Contains(b) == true);
            return new CoverageLine(g.Id, g.Code, g.Name, g.BuildingIds.Count, patrolled, Rate.From(patrolled, g.BuildingIds.Count).Percent);
        }).ToList());
    }

    private async Task<IReadOnlyList<PatrolDto>> ToDtosAsync(IReadOnlyList<Patrol> patrols, CancellationToken ct)
    {
        var gridIds = patrols.Select(p => p.GridId).Distinct().ToList();
        var names = await db.Grids.AsNoTracking().Where(g => gridIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        return patrols.Select(p => new PatrolDto(p.Id, p.GridId, names.GetValueOrDefault(p.GridId) ?? "", p.Patroller, p.At, p.Day, p.BuildingIds, p.Note,
            p.Findings.Select(f => new PatrolFindingDto(f.Text, f.EventId)).ToList())).ToList();
    }
}
