using CommunityPlatform.Application;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Visits;

/// <summary>Visits to needy households and the aid ledger (a visit that gave cash or goods is a line of it).</summary>
public sealed class VisitService(EmploymentHelpDbContext db, Registry registry, TimeProvider clock) : IScopedService
{
    public async Task<Paged<CareVisitDto>> ListAsync(CareVisitQuery q, CancellationToken ct)
    {
        var query = Filter(q);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(v => v.On).ThenByDescending(v => v.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<CareVisitDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<IReadOnlyList<CareVisitDto>> AllAsync(CareVisitQuery q, CancellationToken ct) =>
        await ToDtosAsync(await Filter(q).OrderByDescending(v => v.On).ThenByDescending(v => v.Id).ToListAsync(ct), ct);

    public async Task<CareVisitDto> CreateAsync(CareVisitRequest r, CancellationToken ct)
    {
        if (r.HouseholdId is null && r.ResidentId is null)
            throw new InvalidInputException(EmploymentErrors.VisitNeedsWhom, "householdId", EmploymentErrors.VisitNeedsWhom.Localized());
        if (r.On > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "on", EmploymentErrors.DateInFuture.Localized());
        var household = r.HouseholdId is { } h ? await registry.HouseholdAsync(h, "householdId", ct) : null;
        var (householdId, buildingId) = (household?.Id, household?.BuildingId);
        if (r.ResidentId is { } rid)
        {
            var resident = await registry.ResidentAsync(rid, "residentId", ct);
            householdId ??= resident.HouseholdId;
            buildingId ??= resident.BuildingId;
        }

        var visit = new CareVisit(householdId, r.ResidentId, r.On!.Value, r.Occasion, r.Visitors!.Trim(), r.CashFen, r.GoodsFen, r.Goods?.Trim(), r.Giver?.Trim(), r.Notes?.Trim());
        visit.Locate(buildingId);
        db.Visits.Add(visit);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([visit], ct)).Single();
    }

    private IQueryable<CareVisit> Filter(CareVisitQuery q)
    {
        var query = db.Visits.AsNoTracking();
        if (q.From is { } from) query = query.Where(v => v.On >= from);
        if (q.To is { } to) query = query.Where(v => v.On <= to);
        if (q.Occasion is { } occasion) query = query.Where(v => v.Occasion == occasion);
        if (q.WithAid) query = query.Where(v => v.CashFen > 0 || v.GoodsFen > 0);
        return query;
    }

    private async Task<IReadOnlyList<CareVisitDto>> ToDtosAsync(IReadOnlyList<CareVisit> visits, CancellationToken ct)
    {
        var names = await registry.NamesAsync(visits.Where(v => v.ResidentId is not null).Select(v => v.ResidentId!.Value), ct);
        var households = await registry.HouseholdsAsync(visits.Where(v => v.HouseholdId is not null).Select(v => v.HouseholdId!.Value), ct);
        return visits.Select(v => new CareVisitDto(v.Id, v.HouseholdId, v.ResidentId,
            v.ResidentId is { } r ? names.GetValueOrDefault(r) : v.HouseholdId is { } h ? Registry.Address(households.GetValueOrDefault(h)) : null,
            v.On, v.Occasion, v.Visitors, v.CashFen, v.GoodsFen, v.Goods, v.Giver, v.Notes, v.ConcurrencyStamp)).ToList();
    }
}
