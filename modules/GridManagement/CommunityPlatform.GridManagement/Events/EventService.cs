using CommunityPlatform.Web.Console;
using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.GridManagement.Data;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Events;

/// <summary>
/// The event pipeline of the request's community. Dispatching (accept, assign, close, escalate, supervise) needs
/// <see cref="GridPermissions.Dispatch"/>; handling (start, resolve, send back) the grid worker's <see cref="GridPermissions.Work"/>.
/// </summary>
public sealed class EventService(GridDbContext db, GridService grids, IResidentDirectory registry, Actors actors, TimeProvider clock) : IScopedService
{
    public async Task<Paged<GridEventDto>> ListAsync(GridEventQuery q, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var events = db.Events.AsNoTracking();
        if (q.GridId is { } grid) events = events.Where(e => e.GridId == grid);
        if (q.State is { } state) events = events.Where(e => e.State == state);
        if (q.Kind is { } kind) events = events.Where(e => e.Kind == kind);
        if (q.HouseholdId is { } household) events = events.Where(e => e.HouseholdId == household);
        if (q.Overdue == true) events = events.Where(e => e.State != EventState.Resolved && e.State != EventState.Closed && e.Deadline < now);
        var total = await events.CountAsync(ct);
        // Ties of the report time are ordered by id, so no event shows on two pages and none on neither.
        var page = await events.OrderByDescending(e => e.ReportedAt).ThenByDescending(e => e.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<GridEventDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<GridEventDto> GetAsync(Guid id, CancellationToken ct) =>
        (await ToDtosAsync([await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException(GridErrors.EventNotFound)], ct))[0];

    public async Task<GridEventDto> ReportAsync(GridEventRequest request, CancellationToken ct)
    {
        var grid = await GridOfAsync(request.GridId!.Value, ct);
        var (residentId, householdId) = await ConcernedAsync(request.ResidentId, request.HouseholdId, ct);
        await actors.CurrentAsync(ct);
        var created = Open(grid.Id, request.Source!.Value, request.Kind!.Value, request.Title!, request.Description, request.Reporter, request.Parties,
            request.ReportedAt?.ToUniversalTime(), request.Deadline?.ToUniversalTime());
        created.Concerns(residentId, householdId);
        await db.SaveChangesAsync(ct);
        return await GetAsync(created.Id, ct);
    }

    /// <summary>
    /// The resident and household an event concerns, checked against the registry (ids only, no foreign key across
    /// modules): a resident named alone brings their household.
    /// </summary>
    private async Task<(Guid? ResidentId, Guid? HouseholdId)> ConcernedAsync(Guid? residentId, Guid? householdId, CancellationToken ct)
    {
        if (residentId is { } r)
        {
            var resident = (await registry.GetManyAsync([r], ct)).FirstOrDefault()
                           ?? throw new InvalidInputException(GridErrors.ResidentNotFound, "residentId", GridErrors.ResidentNotFound.Localized());
            householdId ??= resident.HouseholdId;
        }

        if (householdId is { } h && (await registry.GetHouseholdsAsync([h], ct)).Count == 0)
            throw new InvalidInputException(GridErrors.HouseholdNotFound, "householdId", GridErrors.HouseholdNotFound.Localized());
        return (residentId, householdId);
    }

    /// <summary>Adds a new event to the unit of work without saving: a patrol, a visit or a meeting saves it with itself.</summary>
    public GridEvent Open(Guid gridId, EventSource source, EventKind kind, string title, string? description, string? reporter, string? parties,
        DateTime? reportedAt = null, DateTime? deadline = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new GridEvent(gridId, source, kind, title, description, reporter, parties, reportedAt ?? now, deadline, now, actors.Current);
        db.Events.Add(created);
        return created;
    }

    public async Task<GridEventDto> ActAsync(Guid id, EventStepRequest request, CancellationToken ct)
    {
        var action = request.Action!.Value;
        var dispatching = action is EventAction.Accept or EventAction.Assign or EventAction.Close or EventAction.Escalate or EventAction.Supervise;
        var allowed = action == EventAction.SendBack
            ? actors.May(GridPermissions.Work) || actors.May(GridPermissions.Dispatch)
            : actors.May(dispatching ? GridPermissions.Dispatch : GridPermissions.Work);
        if (!allowed) throw new ForbiddenException(PlatformErrors.PermissionDenied, Lang.T($"需要权限 {(dispatching ? GridPermissions.Dispatch : GridPermissions.Work)}。", $"Requires {(dispatching ? GridPermissions.Dispatch : GridPermissions.Work)}."));

        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == id, ct) ?? throw new NotFoundException(GridErrors.EventNotFound);
        db.ExpectStamp(ev, request.ConcurrencyStamp);
        var (by, now, note) = (await actors.CurrentAsync(ct), clock.GetUtcNow().UtcDateTime, request.Note);
        switch (action)
        {
            case EventAction.Accept: ev.Accept(by, now, note); break;
            case EventAction.Assign:
                var staffId = request.StaffId ?? throw new BusinessRuleException(GridErrors.StaffRequired);
                if (!await db.Staff.AnyAsync(s => s.Id == staffId && s.GridId == ev.GridId, ct)) throw new BusinessRuleException(GridErrors.AssigneeNotOnGrid);
                ev.Assign(staffId, by, now, note);
                break;
            case EventAction.Start: ev.Start(by, now, note); break;
            case EventAction.Resolve: ev.Resolve(request.Outcome, by, now, note); break;
            case EventAction.Close: ev.Close(request.Satisfaction, by, now, note); break;
            case EventAction.SendBack: ev.SendBack(by, now, note); break;
            case EventAction.Escalate: ev.Escalate(by, now, note); break;
            case EventAction.Supervise: ev.Supervise(request.Level ?? throw new BusinessRuleException(GridErrors.LevelRequired), by, now, note); break;
            default: throw new BusinessRuleException(GridErrors.TransitionNotAllowed, Lang.T("事件只能上报一次。", "An event is reported only once."));
        }

        // Another module's request (a market complaint) hears that its event is closed.
        if (action == EventAction.Close && ev.RequestId is { } requested) db.Publish(new GridEventClosed(ev.Id, requested, ev.Satisfaction!.Value, ev.Outcome, note, now));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<Grid> GridOfAsync(Guid gridId, CancellationToken ct)
    {
        try
        {
            return await grids.FindAsync(gridId, ct, tracked: false);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException(GridErrors.GridNotFound, "gridId", GridErrors.GridNotFound.Localized());
        }
    }

    internal async Task<IReadOnlyList<GridEventDto>> ToDtosAsync(IReadOnlyList<GridEvent> events, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var gridIds = events.Select(e => e.GridId).Distinct().ToList();
        var names = await db.Grids.AsNoTracking().Where(g => gridIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, g => g.Name, ct);
        var staffIds = events.Where(e => e.AssigneeStaffId is not null).Select(e => e.AssigneeStaffId!.Value).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return events.Select(e => new GridEventDto(
                e.Id, e.GridId, names.GetValueOrDefault(e.GridId) ?? "", e.Source, e.Kind, e.Title, e.Description, e.Reporter, e.Parties, e.ReportedAt, e.Deadline,
                e.State, e.AssigneeStaffId, e.AssigneeStaffId is { } a ? staff.GetValueOrDefault(a) : null, e.Supervision, e.Outcome, e.Satisfaction,
                e.ResolvedAt, e.ClosedAt, e.IsOverdue(now),
                e.Steps.OrderBy(s => s.At).Select(s => new EventStepDto(s.Action, s.State, s.ByName, s.At, s.Note, s.Level, s.Deadline)).ToList(), e.ConcurrencyStamp,
                e.ResidentId, e.HouseholdId))
            .ToList();
    }
}
