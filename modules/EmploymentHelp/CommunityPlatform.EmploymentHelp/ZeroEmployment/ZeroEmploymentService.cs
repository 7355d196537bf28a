using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.Settings;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.ZeroEmployment;

/// <summary>零就业家庭: recognised with the city's clock, assisted, cleared or exited; the overdue list; the registry scan.</summary>
public sealed class ZeroEmploymentService(EmploymentHelpDbContext db, Registry registry, IResidentDirectory directory, SettingsService settings, TimeProvider clock) : IScopedService
{
    public async Task<Paged<ZeroEmploymentDto>> ListAsync(ZeroEmploymentQuery q, CancellationToken ct)
    {
        var today = clock.Today();
        var query = db.ZeroEmployment.AsNoTracking();
        if (q.State is { } state) query = query.Where(z => z.State == state);
        if (q.OverdueOnly)
            query = query.Where(z => (z.State == ZeroEmploymentState.Recognised || z.State == ZeroEmploymentState.Assisting) && z.DueOn < today);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(z => z.DueOn).ThenBy(z => z.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<ZeroEmploymentDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<IReadOnlyList<ZeroEmploymentDto>> AllAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.ZeroEmployment.AsNoTracking().OrderBy(z => z.RecognisedOn).ThenBy(z => z.Id).ToListAsync(ct), ct);

    public async Task<ZeroEmploymentDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct)).Single();

    public async Task<ZeroEmploymentDto> CreateAsync(ZeroEmploymentRequest r, CancellationToken ct)
    {
        var household = await registry.HouseholdAsync(r.HouseholdId!.Value, "householdId", ct);
        if (r.RecognisedOn > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "recognisedOn", EmploymentErrors.DateInFuture.Localized());
        if (await db.ZeroEmployment.AnyAsync(z => z.HouseholdId == household.Id && (z.State == ZeroEmploymentState.Recognised || z.State == ZeroEmploymentState.Assisting), ct))
            throw new BusinessRuleException(EmploymentErrors.AlreadyOpen);
        var clockDays = (await settings.CurrentAsync(ct)).ZeroEmploymentClockDays;
        var entry = new ZeroEmploymentHousehold(household.Id, r.Source, r.RecognisedOn!.Value, clockDays);
        entry.Locate(household.BuildingId);
        db.ZeroEmployment.Add(entry);
        await db.SaveChangesAsync(ct);
        return await GetAsync(entry.Id, ct);
    }

    public Task<ZeroEmploymentDto> AssistAsync(Guid id, ZeroEmploymentStepRequest r, CancellationToken ct) => StepAsync(id, r, (z, _) => { z.Assist(); return Task.CompletedTask; }, ct);

    public Task<ZeroEmploymentDto> ClearAsync(Guid id, ZeroEmploymentStepRequest r, CancellationToken ct) => StepAsync(id, r, async (z, c) =>
    {
        if (r.EmployedResidentId is not { } member)
            throw new InvalidInputException(EmploymentErrors.EmployedMemberRequired, "employedResidentId", EmploymentErrors.EmployedMemberRequired.Localized());
        var resident = await registry.ResidentAsync(member, "employedResidentId", c);
        if (resident.HouseholdId != z.HouseholdId) throw new BusinessRuleException(EmploymentErrors.NotAMember);
        z.Clear(r.On!.Value, member);
    }, ct);

    public Task<ZeroEmploymentDto> ExitAsync(Guid id, ZeroEmploymentStepRequest r, CancellationToken ct) => StepAsync(id, r, (z, _) =>
    {
        if (string.IsNullOrWhiteSpace(r.Reason)) throw new InvalidInputException(EmploymentErrors.ReasonRequired, "reason", EmploymentErrors.ReasonRequired.Localized());
        z.Exit(r.On!.Value, r.Reason.Trim());
        return Task.CompletedTask;
    }, ct);

    /// <summary>
    /// Households of the registry where every working-age member (16 to the statutory retirement age) is tagged
    /// unemployed, at least one such member lives there, and no case is open for it yet.
    /// </summary>
    public async Task<IReadOnlyList<ZeroEmploymentCandidate>> ScanAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var open = (await db.ZeroEmployment.AsNoTracking()
            .Where(z => z.State == ZeroEmploymentState.Recognised || z.State == ZeroEmploymentState.Assisting).Select(z => z.HouseholdId).ToListAsync(ct)).ToHashSet();
        var candidates = new List<(Guid Household, int Members)>();
        const int page = 1000;
        var people = new List<ResidentSummary>();
        for (var skip = 0; ; skip += page)
        {
            var batch = await directory.ListAsync(skip, page, ct);
            people.AddRange(batch);
            if (batch.Count < page) break;
        }

        foreach (var household in people.Where(p => p.HouseholdId is not null).GroupBy(p => p.HouseholdId!.Value))
        {
            var workingAge = household.Where(p => WorkingAge(p, today) && !p.Tags.Contains(ResidentTag.Disabled)).ToList();
            if (workingAge.Count > 0 && workingAge.All(p => p.Tags.Contains(ResidentTag.Unemployed)) && !open.Contains(household.Key))
                candidates.Add((household.Key, workingAge.Count));
        }

        var found = await registry.HouseholdsAsync(candidates.Select(c => c.Household), ct);
        return candidates.Select(c => new ZeroEmploymentCandidate(c.Household, Registry.Address(found.GetValueOrDefault(c.Household)), c.Members)).ToList();
    }

    private static bool WorkingAge(ResidentSummary p, DateOnly today)
    {
        if (p.BirthDate is not { } born) return false;
        var age = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
        return age >= 16 && age < (p.Gender == Gender.Female ? 55 : 60);
    }

    private async Task<ZeroEmploymentDto> StepAsync(Guid id, ZeroEmploymentStepRequest r, Func<ZeroEmploymentHousehold, CancellationToken, Task> step, CancellationToken ct)
    {
        var entry = await FindAsync(id, ct);
        db.ExpectStamp(entry, r.ConcurrencyStamp);
        if (r.On > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "on", EmploymentErrors.DateInFuture.Localized());
        await step(entry, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<ZeroEmploymentHousehold> FindAsync(Guid id, CancellationToken ct) =>
        await db.ZeroEmployment.FirstOrDefaultAsync(z => z.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<IReadOnlyList<ZeroEmploymentDto>> ToDtosAsync(IReadOnlyList<ZeroEmploymentHousehold> items, CancellationToken ct)
    {
        var found = await registry.HouseholdsAsync(items.Select(z => z.HouseholdId), ct);
        var today = clock.Today();
        return items.Select(z => new ZeroEmploymentDto(z.Id, z.HouseholdId, Registry.Address(found.GetValueOrDefault(z.HouseholdId)), z.Source, z.RecognisedOn, z.DueOn,
            z.State, z.ClosedOn, z.EmployedResidentId, z.ExitReason, z.OverdueAt(today), z.ConcurrencyStamp)).ToList();
    }
}
