using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.LowIncome;

/// <summary>
/// The 低保 register by household. Putting a household on it or taking it off sets the registry's low-income tag in
/// the same request (through <see cref="IHouseholdRegistry"/>), so the registry and the register agree; the people
/// covered are read from the registry each time, never copied.
/// </summary>
public sealed class LowIncomeService(EmploymentHelpDbContext db, Registry registry, IHouseholdRegistry households, TimeProvider clock) : IScopedService
{
    public async Task<Paged<LowIncomeHouseholdDto>> ListAsync(LowIncomeQuery q, CancellationToken ct)
    {
        var today = clock.Today();
        var query = db.LowIncome.AsNoTracking();
        if (!q.IncludeEnded) query = query.Where(x => x.EndedOn == null);
        if (q.ReviewOverdue) query = query.Where(x => x.EndedOn == null && x.ReviewDue < today);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(x => x.ReviewDue).ThenBy(x => x.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<LowIncomeHouseholdDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<IReadOnlyList<LowIncomeHouseholdDto>> AllAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.LowIncome.AsNoTracking().Where(x => x.EndedOn == null).OrderBy(x => x.ApprovedOn).ThenBy(x => x.Id).ToListAsync(ct), ct);

    public async Task<LowIncomeHouseholdDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct)).Single();

    public async Task<LowIncomeHouseholdDto> EnrolAsync(LowIncomeRequest r, CancellationToken ct)
    {
        var household = await registry.HouseholdAsync(r.HouseholdId!.Value, "householdId", ct);
        if (r.ApprovedOn > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "approvedOn", EmploymentErrors.DateInFuture.Localized());
        if (await db.LowIncome.AnyAsync(x => x.HouseholdId == household.Id, ct)) throw new BusinessRuleException(EmploymentErrors.AlreadyOnLowIncome);
        var entry = new LowIncomeHousehold(household.Id, r.MonthlyAmountFen!.Value, r.ApprovedOn!.Value, r.ApprovedBy?.Trim());
        entry.Locate(household.BuildingId);
        db.LowIncome.Add(entry);
        await db.SaveUniqueAsync(EmploymentErrors.AlreadyOnLowIncome, ct);
        await households.SetLowIncomeAsync(household.Id, true, ct);
        return await GetAsync(entry.Id, ct);
    }

    public async Task<LowIncomeHouseholdDto> ReviewAsync(Guid id, LowIncomeReviewRequest r, CancellationToken ct)
    {
        var entry = await FindAsync(id, ct);
        db.ExpectStamp(entry, r.ConcurrencyStamp);
        if (r.ReviewedOn > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "reviewedOn", EmploymentErrors.DateInFuture.Localized());
        entry.Review(r.ReviewedOn!.Value, r.MonthlyAmountFen);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<LowIncomeHouseholdDto> EndAsync(Guid id, LowIncomeEndRequest r, CancellationToken ct)
    {
        var entry = await FindAsync(id, ct);
        db.ExpectStamp(entry, r.ConcurrencyStamp);
        entry.End(r.EndedOn!.Value, r.Reason!.Trim());
        await db.SaveChangesAsync(ct);
        await households.SetLowIncomeAsync(entry.HouseholdId, false, ct);
        return await GetAsync(id, ct);
    }

    private async Task<LowIncomeHousehold> FindAsync(Guid id, CancellationToken ct) =>
        await db.LowIncome.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<IReadOnlyList<LowIncomeHouseholdDto>> ToDtosAsync(IReadOnlyList<LowIncomeHousehold> items, CancellationToken ct)
    {
        var ids = items.Select(x => x.HouseholdId).ToList();
        var found = await registry.HouseholdsAsync(ids, ct);
        var members = await registry.MembersAsync(ids, ct);
        var today = clock.Today();
        return items.Select(x =>
        {
            var h = found.GetValueOrDefault(x.HouseholdId);
            var people = members[x.HouseholdId].ToList();
            return new LowIncomeHouseholdDto(x.Id, x.HouseholdId, h?.Address ?? "", h?.Dwelling, people.FirstOrDefault()?.Name, people.Count, x.MonthlyAmountFen,
                x.ApprovedOn, x.ApprovedBy, x.ReviewDue, x.LastReviewedOn, x.EndedOn is null && x.ReviewDue < today, x.EndedOn, x.EndReason, x.ConcurrencyStamp);
        }).ToList();
    }
}
