using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.Settings;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Placements;

/// <summary>
/// Placements and their follow-ups. Placing a registered job seeker ends the registration (placed, or self-employed),
/// in the same save.
/// </summary>
public sealed class PlacementService(EmploymentHelpDbContext db, Registry registry, SettingsService settings, TimeProvider clock) : IScopedService
{
    public async Task<Paged<PlacementDto>> ListAsync(PageQuery q, CancellationToken ct)
    {
        var query = db.Placements.AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(p => p.StartedOn).ThenBy(p => p.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<PlacementDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<IReadOnlyList<PlacementDto>> AllAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.Placements.AsNoTracking().OrderBy(p => p.StartedOn).ThenBy(p => p.Id).ToListAsync(ct), ct);

    public async Task<PlacementDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct)).Single();

    public async Task<PlacementDto> CreateAsync(PlacementRequest r, CancellationToken ct)
    {
        var resident = await registry.ResidentAsync(r.ResidentId!.Value, "residentId", ct);
        if (r.StartedOn > clock.Today().AddMonths(1)) throw new InvalidInputException(EmploymentErrors.DateInFuture, "startedOn", EmploymentErrors.DateInFuture.Localized());
        var months = (await settings.CurrentAsync(ct)).FollowUpMonths;
        var placement = new Placement(resident.Id, r.Kind!.Value, r.Employer!.Trim(), r.Job?.Trim(), r.StartedOn!.Value, months);
        placement.Locate(resident.BuildingId);
        db.Placements.Add(placement);
        var seeker = await db.JobSeekers.FirstOrDefaultAsync(j => j.ResidentId == resident.Id && j.State == JobSeekerState.Valid, ct);
        if (seeker is not null && seeker.RegisteredOn <= placement.StartedOn)
            seeker.Deregister(placement.StartedOn, r.Kind == PlacementKind.SelfEmployed ? DeregistrationReason.SelfEmployed : DeregistrationReason.Placed);
        await ClearHouseholdAsync(resident, placement, ct);
        await EndDifficultyAsync(resident.Id, placement.StartedOn, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(placement.Id, ct);
    }

    public async Task<PlacementDto> FollowUpAsync(Guid id, FollowUpRequest r, CancellationToken ct)
    {
        var placement = await FindAsync(id, ct);
        db.ExpectStamp(placement, r.ConcurrencyStamp);
        if (r.DoneOn > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "doneOn", EmploymentErrors.DateInFuture.Localized());
        placement.Record(r.Month!.Value, r.DoneOn!.Value, r.StillEmployed!.Value, r.Note?.Trim());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Follow-ups due by a day (default today) and not done, oldest first; overdue once their day has passed.</summary>
    public async Task<Paged<DueFollowUpDto>> DueAsync(DueFollowUpQuery q, CancellationToken ct)
    {
        var today = clock.Today();
        var by = q.By ?? today;
        // Follow-ups live in a JSON column: narrow by start (nothing can be due before the first month) and sort out here.
        var placements = await db.Placements.AsNoTracking().Where(p => p.StartedOn <= by).ToListAsync(ct);
        var due = placements.SelectMany(p => p.FollowUps.Where(f => f.DoneOn is null && f.DueOn <= by).Select(f => (p, f)))
            .Where(x => !q.OverdueOnly || x.f.DueOn < today)
            .OrderBy(x => x.f.DueOn).ThenBy(x => x.p.Id).ToList();
        var page = due.Skip(q.Skip).Take(q.PageSize).ToList();
        var names = await registry.NamesAsync(page.Select(x => x.p.ResidentId), ct);
        return new Paged<DueFollowUpDto>(page.Select(x => new DueFollowUpDto(x.p.Id, x.p.ResidentId, names.GetValueOrDefault(x.p.ResidentId), x.p.Employer,
            x.f.Month, x.f.DueOn, x.f.DueOn < today)).ToList(), due.Count);
    }

    // A member in stable work clears an open zero-employment household (flexible work does not count as stable).
    private async Task ClearHouseholdAsync(Residents.ResidentSummary resident, Placement placement, CancellationToken ct)
    {
        if (resident.HouseholdId is not { } household || placement.Kind is PlacementKind.Flexible) return;
        var open = await db.ZeroEmployment.FirstOrDefaultAsync(z => z.HouseholdId == household
            && (z.State == ZeroEmploymentState.Recognised || z.State == ZeroEmploymentState.Assisting), ct);
        if (open is not null && open.RecognisedOn <= placement.StartedOn) open.Clear(placement.StartedOn, resident.Id);
    }

    // Placement ends a valid difficulty recognition, as the labour system revokes it on employment.
    private async Task EndDifficultyAsync(Guid residentId, DateOnly on, CancellationToken ct)
    {
        var valid = await db.DifficultyCases.FirstOrDefaultAsync(d => d.ResidentId == residentId && d.State == DifficultyState.Valid, ct);
        if (valid is not null && valid.Steps[^1].On <= on) valid.Revoke(on, null, "已就业");
    }

    private async Task<Placement> FindAsync(Guid id, CancellationToken ct) =>
        await db.Placements.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<IReadOnlyList<PlacementDto>> ToDtosAsync(IReadOnlyList<Placement> items, CancellationToken ct)
    {
        var names = await registry.NamesAsync(items.Select(p => p.ResidentId), ct);
        var today = clock.Today();
        return items.Select(p => new PlacementDto(p.Id, p.ResidentId, names.GetValueOrDefault(p.ResidentId), p.Kind, p.Employer, p.Job, p.StartedOn,
            p.FollowUps.Select(f => new FollowUpDto(f.Month, f.DueOn, f.DoneOn, f.StillEmployed, f.Note, f.DoneOn is null && f.DueOn < today)).ToList(),
            p.ConcurrencyStamp)).ToList();
    }
}
