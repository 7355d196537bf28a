using CommunityPlatform.Application;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Visits;

/// <summary>The visit diary (民情日记): home visits of a grid's households; a follow-up may raise an event in the same save.</summary>
public sealed class VisitService(GridDbContext db, GridService grids, EventService events, IResidentDirectory registry, Actors actors, TimeProvider clock) : IScopedService
{
    public async Task<Paged<VisitDto>> ListAsync(VisitQuery q, CancellationToken ct)
    {
        var visits = db.Visits.AsNoTracking();
        if (q.GridId is { } grid) visits = visits.Where(v => v.GridId == grid);
        if (q.HouseholdId is { } household) visits = visits.Where(v => v.HouseholdId == household);
        var total = await visits.CountAsync(ct);
        var page = await visits.OrderByDescending(v => v.On).ThenByDescending(v => v.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<VisitDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<VisitDto> RecordAsync(VisitRequest request, CancellationToken ct)
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

        if (request.HouseholdId is { } householdId)
        {
            var household = (await registry.GetHouseholdsAsync([householdId], ct)).FirstOrDefault()
                            ?? throw new InvalidInputException(GridErrors.HouseholdNotFound, "householdId", GridErrors.HouseholdNotFound.Localized());
            if (grid.Level == GridLevel.BuildingGroup && (household.BuildingId is not { } building || !grid.BuildingIds.Contains(building)))
                throw new BusinessRuleException(GridErrors.HouseholdNotInGrid);
        }

        var by = await actors.CurrentAsync(ct);
        var visit = new Visit(grid.Id, request.HouseholdId, by, request.On ?? clock.Today(), request.Notes!, request.FollowUp);
        if (request.RaiseEvent)
        {
            var title = visit.FollowUp ?? visit.Notes;
            var raised = events.Open(grid.Id, EventSource.Visit, request.Kind, title.Length > 200 ? title[..200] : title, visit.Notes, by.Name, request.Parties);
            // The follow-up is the visited household's matter: its page lists the event beside the visit.
            raised.Concerns(null, request.HouseholdId);
            visit.Raised(raised.Id);
        }

        db.Visits.Add(visit);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([visit], ct))[0];
    }

    private async Task<IReadOnlyList<VisitDto>> ToDtosAsync(IReadOnlyList<Visit> visits, CancellationToken ct)
    {
        var households = (await registry.GetHouseholdsAsync(visits.Where(v => v.HouseholdId is not null).Select(v => v.HouseholdId!.Value).Distinct().ToList(), ct))
            .ToDictionary(h => h.Id);
        return visits.Select(v => new VisitDto(v.Id, v.GridId, v.HouseholdId, v.HouseholdId is { } h ? households.GetValueOrDefault(h)?.Address : null,
            v.Visitor, v.On, v.Notes, v.FollowUp, v.EventId)).ToList();
    }
}
