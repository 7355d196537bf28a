using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Training;

/// <summary>Training classes and their trainees: enrolment, completion, certificate, placement after training.</summary>
public sealed class TrainingService(EmploymentHelpDbContext db, Registry registry) : IScopedService
{
    public async Task<Paged<TrainingClassDto>> ListAsync(PageQuery q, CancellationToken ct)
    {
        var query = db.TrainingClasses.AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.StartsOn).ThenBy(c => c.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<TrainingClassDto>(items.Select(ToDto).ToList(), total);
    }

    public async Task<IReadOnlyList<TrainingClassDto>> AllAsync(CancellationToken ct) =>
        (await db.TrainingClasses.AsNoTracking().OrderBy(c => c.StartsOn).ThenBy(c => c.Id).ToListAsync(ct)).Select(ToDto).ToList();

    public async Task<TrainingClassDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<TrainingClassDto> CreateAsync(TrainingClassRequest r, CancellationToken ct)
    {
        if (r.EndsOn < r.StartsOn) throw new InvalidInputException(EmploymentErrors.DateBeforeStart, "endsOn", EmploymentErrors.DateBeforeStart.Localized());
        var entry = new TrainingClass(r.Title!.Trim(), r.Kind, r.Partner?.Trim(), r.StartsOn!.Value, r.EndsOn);
        db.TrainingClasses.Add(entry);
        await db.SaveChangesAsync(ct);
        return ToDto(entry);
    }

    public async Task<TrainingClassDto> EnrolAsync(Guid id, EnrolmentRequest r, CancellationToken ct)
    {
        var entry = await FindAsync(id, ct);
        db.ExpectStamp(entry, r.ConcurrencyStamp);
        var resident = await registry.ResidentAsync(r.ResidentId!.Value, "residentId", ct);
        entry.Enrol(new Trainee(resident.Id, r.Completed, r.Certificate?.Trim(), r.PlacedAfter));
        await db.SaveChangesAsync(ct);
        return ToDto(entry);
    }

    private async Task<TrainingClass> FindAsync(Guid id, CancellationToken ct) =>
        await db.TrainingClasses.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private static TrainingClassDto ToDto(TrainingClass c) => new(c.Id, c.Title, c.Kind, c.Partner, c.StartsOn, c.EndsOn, c.Trainees.Count,
        c.Trainees.Count(t => t.Completed), c.Trainees.Count(t => t.Certificate is not null), c.Trainees.Count(t => t.PlacedAfter), c.ConcurrencyStamp);
}
