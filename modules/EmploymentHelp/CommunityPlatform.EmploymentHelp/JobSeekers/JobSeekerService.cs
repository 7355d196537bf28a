using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.JobSeekers;

/// <summary>失业登记: registering, listing, deregistering; one valid registration per resident.</summary>
public sealed class JobSeekerService(EmploymentHelpDbContext db, Registry registry, TimeProvider clock) : IScopedService
{
    public async Task<Paged<JobSeekerDto>> ListAsync(JobSeekerQuery q, CancellationToken ct)
    {
        var query = db.JobSeekers.AsNoTracking();
        if (q.State is { } state) query = query.Where(j => j.State == state);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(j => j.RegisteredOn).ThenBy(j => j.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<JobSeekerDto>(await ToDtosAsync(items, ct), total);
    }

    public async Task<IReadOnlyList<JobSeekerDto>> AllAsync(CancellationToken ct) =>
        await ToDtosAsync(await db.JobSeekers.AsNoTracking().OrderBy(j => j.RegisteredOn).ThenBy(j => j.Id).ToListAsync(ct), ct);

    public async Task<JobSeekerDto> GetAsync(Guid id, CancellationToken ct) => (await ToDtosAsync([await FindAsync(id, ct)], ct)).Single();

    public async Task<JobSeekerDto> CreateAsync(JobSeekerRequest r, CancellationToken ct)
    {
        var resident = await registry.ResidentAsync(r.ResidentId!.Value, "residentId", ct);
        if (r.RegisteredOn > clock.Today()) throw new InvalidInputException(EmploymentErrors.DateInFuture, "registeredOn", EmploymentErrors.DateInFuture.Localized());
        if (await db.JobSeekers.AnyAsync(j => j.ResidentId == resident.Id && j.State == JobSeekerState.Valid, ct))
            throw new BusinessRuleException(EmploymentErrors.AlreadyRegistered);
        var seeker = new JobSeeker(resident.Id, r.RegisteredOn!.Value, r);
        seeker.Locate(resident.BuildingId);
        db.JobSeekers.Add(seeker);
        await db.SaveChangesAsync(ct);
        return await GetAsync(seeker.Id, ct);
    }

    public async Task<JobSeekerDto> DeregisterAsync(Guid id, DeregisterRequest r, CancellationToken ct)
    {
        var seeker = await FindAsync(id, ct);
        db.ExpectStamp(seeker, r.ConcurrencyStamp);
        seeker.Deregister(r.On!.Value, r.Reason!.Value);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>What an employer sees of a job seeker: name, skills and the phone the seeker gave, nothing more.</summary>
    public async Task<ReferralCardDto> CardAsync(Guid id, CancellationToken ct)
    {
        var seeker = await FindAsync(id, ct);
        var names = await registry.NamesAsync([seeker.ResidentId], ct);
        return new ReferralCardDto(names.GetValueOrDefault(seeker.ResidentId), seeker.Skills, seeker.Phone);
    }

    public async Task<JobSeeker> FindAsync(Guid id, CancellationToken ct) =>
        await db.JobSeekers.FirstOrDefaultAsync(j => j.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<IReadOnlyList<JobSeekerDto>> ToDtosAsync(IReadOnlyList<JobSeeker> items, CancellationToken ct)
    {
        var names = await registry.NamesAsync(items.Select(j => j.ResidentId), ct);
        return items.Select(j => new JobSeekerDto(j.Id, j.ResidentId, names.GetValueOrDefault(j.ResidentId), j.RegisteredOn, j.LostWorkOn, j.Reason, j.Education,
            j.Skills, j.SkillLevel, j.WishedWork, j.WishedPayFen, j.Phone, j.State, j.DeregisteredOn, j.DeregistrationReason, j.ConcurrencyStamp)).ToList();
    }
}
