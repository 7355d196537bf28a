using CommunityPlatform.Application;
using CommunityPlatform.CultureTeams.Data;
using CommunityPlatform.CultureTeams.Settings;
using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.CultureTeams.Volunteers;

/// <summary>
/// Service records: entered as drafts, submitted, confirmed or declined. A volunteer's records of one day never
/// overlap and never add up past the community's daily cap (checked on entry and again on confirmation). A confirmed
/// record is never changed; a reversal, confirmed at once, cancels it. Each confirmation and reversal is published
/// (<see cref="VolunteerHoursConfirmed"/>) so the Party module's reviews may count a member's hours.
/// </summary>
public sealed class ServiceRecordService(CultureTeamsDbContext db, SettingsService settings, Registry registry, RequestContext scope, TimeProvider clock) : IScopedService
{
    public async Task<Paged<ServiceRecordDto>> ListAsync(ServiceRecordQuery q, CancellationToken ct)
    {
        var query = db.ServiceRecords.AsNoTracking();
        if (q.VolunteerId is { } volunteer) query = query.Where(r => r.VolunteerId == volunteer);
        if (q.State is { } state) query = query.Where(r => r.State == state);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.Day).ThenByDescending(r => r.From).ThenBy(r => r.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<ServiceRecordDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<ServiceRecordDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct))[0];

    public async Task<ServiceRecordDto> CreateAsync(ServiceRecordRequest r, CancellationToken ct)
    {
        var volunteer = await db.Volunteers.FirstOrDefaultAsync(v => v.Id == r.VolunteerId, ct)
            ?? throw new InvalidInputException(CultureErrors.VolunteerNotFound, "volunteerId", CultureErrors.VolunteerNotFound.Localized());
        if (r.Day > clock.Today()) throw new BusinessRuleException(CultureErrors.ServiceInFuture);
        var record = new ServiceRecord(volunteer.Id, r.Day!.Value, r.From!.Value, r.To!.Value, r.Content!.Trim(), r.ActivityId);
        await CheckDayAsync(record, ct);
        db.ServiceRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return await GetAsync(record.Id, ct);
    }

    public async Task<ServiceRecordDto> UpdateAsync(Guid id, ServiceRecordRequest r, CancellationToken ct)
    {
        var record = await FindAsync(id, ct);
        db.ExpectStamp(record, r.ConcurrencyStamp);
        if (r.Day > clock.Today()) throw new BusinessRuleException(CultureErrors.ServiceInFuture);
        record.Change(r.Day!.Value, r.From!.Value, r.To!.Value, r.Content!.Trim(), r.ActivityId);
        await CheckDayAsync(record, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ServiceRecordDto> StepAsync(Guid id, ServiceStepRequest r, CancellationToken ct)
    {
        // A leader submits; only the culture worker's word confirms or declines.
        if (r.Action != ServiceAction.Submit && !scope.Has(CulturePermissions.Confirm)) throw new ForbiddenException(PlatformErrors.PermissionDenied);
        var record = await FindAsync(id, ct);
        db.ExpectStamp(record, r.ConcurrencyStamp);
        record.Apply(r.Action!.Value, r.Note?.Trim());
        if (record.State == ServiceState.Confirmed)
        {
            await CheckDayAsync(record, ct);
            await PublishAsync(record, ct);
        }

        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Cancels a confirmed record with a reversing entry (冲正); the original stays as it was confirmed.</summary>
    public async Task<ServiceRecordDto> ReverseAsync(Guid id, ReversalRequest r, CancellationToken ct)
    {
        var original = await FindAsync(id, ct);
        if (original.State != ServiceState.Confirmed || original.Reverses is not null) throw new BusinessRuleException(CultureErrors.RecordStep);
        if (await db.ServiceRecords.AnyAsync(x => x.Reverses == id, ct)) throw new ConflictException(CultureErrors.AlreadyReversed);
        var reversal = ServiceRecord.Reversal(original, r.Reason!.Trim());
        db.ServiceRecords.Add(reversal);
        await PublishAsync(reversal, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw new ConflictException(CultureErrors.AlreadyReversed);
        }

        return await GetAsync(reversal.Id, ct);
    }

    private async Task CheckDayAsync(ServiceRecord record, CancellationToken ct)
    {
        var sameDay = await db.ServiceRecords.AsNoTracking()
            .Where(x => x.VolunteerId == record.VolunteerId && x.Day == record.Day && x.Id != record.Id && x.State != ServiceState.Declined).ToListAsync(ct);
        var reversed = sameDay.Where(x => x.Reverses is not null).Select(x => x.Reverses!.Value).ToHashSet();
        var standing = sameDay.Where(x => x.Reverses is null && !reversed.Contains(x.Id)).ToList();
        if (standing.Any(x => x.Overlaps(record.From, record.To))) throw new BusinessRuleException(CultureErrors.Overlap);
        var cap = (await settings.CurrentAsync(ct)).DailyCapHours * 60;
        if (standing.Sum(x => x.Minutes) + record.Minutes > cap) throw new BusinessRuleException(CultureErrors.DailyCap);
    }

    private async Task PublishAsync(ServiceRecord record, CancellationToken ct)
    {
        var resident = await db.Volunteers.AsNoTracking().Where(v => v.Id == record.VolunteerId).Select(v => v.ResidentId).FirstAsync(ct);
        db.Publish(new VolunteerHoursConfirmed(record.Id, resident, record.Day, record.Minutes, record.Content));
    }

    private async Task<ServiceRecord> FindAsync(Guid id, CancellationToken ct) =>
        await db.ServiceRecords.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(CultureErrors.RecordNotFound);

    private async Task<IReadOnlyList<ServiceRecordDto>> ToDtosAsync(IReadOnlyList<ServiceRecord> records, CancellationToken ct)
    {
        var volunteerIds = records.Select(r => r.VolunteerId).Distinct().ToList();
        var residentOf = await db.Volunteers.AsNoTracking().Where(v => volunteerIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.ResidentId, ct);
        var people = await registry.ResidentsAsync(residentOf.Values.Select(v => (Guid?)v), ct);
        var ids = records.Select(r => r.Id).ToList();
        var reversed = (await db.ServiceRecords.AsNoTracking().Where(r => r.Reverses != null && ids.Contains(r.Reverses.Value)).Select(r => r.Reverses!.Value).ToListAsync(ct)).ToHashSet();
        return records.Select(r => new ServiceRecordDto(
            r.Id, r.VolunteerId, residentOf.TryGetValue(r.VolunteerId, out var res) ? people.GetValueOrDefault(res)?.Name ?? "" : "", r.Day, r.From, r.To, r.Minutes, r.Content,
            r.ActivityId, r.State, r.Reverses, reversed.Contains(r.Id), r.Note, r.ConcurrencyStamp)).ToList();
    }
}
