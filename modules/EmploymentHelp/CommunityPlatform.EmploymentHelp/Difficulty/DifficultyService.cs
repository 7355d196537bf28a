using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.Settings;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Difficulty;

/// <summary>Difficulty recognition cases: applications taken, the reviews the street and district decide, revocation.</summary>
public sealed class DifficultyService(EmploymentHelpDbContext db, Registry registry, SettingsService settings, RequestContext context, TimeProvider clock) : IScopedService
{
    public async Task<Paged<DifficultyCaseDto>> ListAsync(PageQuery q, CancellationToken ct)
    {
        var query = db.DifficultyCases.AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<DifficultyCaseDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<IReadOnlyList<DifficultyCaseDto>> AllAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.DifficultyCases.AsNoTracking().OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).ToListAsync(ct), ct);

    public async Task<DifficultyCaseDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct)).Single();

    public async Task<DifficultyCaseDto> CreateAsync(DifficultyCaseRequest r, CancellationToken ct)
    {
        var resident = await registry.ResidentAsync(r.ResidentId!.Value, "residentId", ct);
        var category = r.Category!.Trim();
        if (!(await settings.CurrentAsync(ct)).DifficultyCategories.Contains(category))
            throw new InvalidInputException(EmploymentErrors.CategoryUnknown, "category", EmploymentErrors.CategoryUnknown.Localized());
        if (r.AppliedOn > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "appliedOn", EmploymentErrors.DateInFuture.Localized());
        var cases = await db.DifficultyCases.Where(d => d.ResidentId == resident.Id).ToListAsync(ct);
        if (cases.Any(d => d.IsOpenOrValid)) throw new BusinessRuleException(EmploymentErrors.CaseOpen);
        var entry = new DifficultyCase(resident.Id, category, r.AppliedOn!.Value, context.AccountName);
        entry.Locate(resident.BuildingId);
        db.DifficultyCases.Add(entry);
        await db.SaveChangesAsync(ct);
        return await GetAsync(entry.Id, ct);
    }

    public async Task<DifficultyCaseDto> DecideAsync(Guid id, DifficultyDecisionRequest r, CancellationToken ct)
    {
        var entry = await FindAsync(id, ct);
        db.ExpectStamp(entry, r.ConcurrencyStamp);
        if (r.On > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "on", EmploymentErrors.DateInFuture.Localized());
        entry.Decide(r.Passed!.Value, r.On!.Value, context.AccountName, r.Body?.Trim(), r.Reason?.Trim());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<DifficultyCaseDto> RevokeAsync(Guid id, DifficultyRevokeRequest r, CancellationToken ct)
    {
        var entry = await FindAsync(id, ct);
        db.ExpectStamp(entry, r.ConcurrencyStamp);
        if (r.On > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "on", EmploymentErrors.DateInFuture.Localized());
        entry.Revoke(r.On!.Value, context.AccountName, r.Reason!.Trim());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<DifficultyCase> FindAsync(Guid id, CancellationToken ct) =>
        await db.DifficultyCases.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<IReadOnlyList<DifficultyCaseDto>> ToDtosAsync(IReadOnlyList<DifficultyCase> items, CancellationToken ct)
    {
        var names = await registry.NamesAsync(items.Select(d => d.ResidentId), ct);
        return items.Select(d => new DifficultyCaseDto(d.Id, d.ResidentId, names.GetValueOrDefault(d.ResidentId), d.Category, d.State,
            d.Steps.Select(s => new DifficultyStepDto(s.Action, s.On, s.By, s.Body, s.Reason)).ToList(), d.ConcurrencyStamp)).ToList();
    }
}
