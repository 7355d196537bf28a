using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Data;
using CommunityPlatform.EmploymentHelp.JobSeekers;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Openings;

/// <summary>Openings and the referrals of job seekers to them, with the outcome of each.</summary>
public sealed class OpeningService(EmploymentHelpDbContext db, Registry registry, JobSeekerService seekers) : IScopedService
{
    public async Task<Paged<OpeningDto>> ListAsync(PageQuery q, CancellationToken ct)
    {
        var query = db.Openings.AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(o => o.PostedOn).ThenBy(o => o.Id).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<OpeningDto>(items.Select(ToDto).ToList(), total);
    }

    public async Task<OpeningDto> GetAsync(Guid id, CancellationToken ct) => ToDto(await FindAsync(id, ct));

    public async Task<OpeningDto> CreateAsync(OpeningRequest r, CancellationToken ct)
    {
        var opening = new Opening(r.Employer!.Trim(), r.Title!.Trim(), r.Positions, r.MonthlyPayFen, r.Source, r.PostedOn!.Value);
        db.Openings.Add(opening);
        await db.SaveChangesAsync(ct);
        return ToDto(opening);
    }

    public async Task<IReadOnlyList<ReferralDto>> ReferralsAsync(Guid openingId, CancellationToken ct)
    {
        await FindAsync(openingId, ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.OpeningId == openingId).OrderBy(r => r.ReferredOn).ThenBy(r => r.Id).ToListAsync(ct);
        return await ToDtosAsync(referrals, ct);
    }

    public async Task<ReferralDto> ReferAsync(Guid openingId, ReferralRequest r, CancellationToken ct)
    {
        var opening = await FindAsync(openingId, ct);
        if (opening.Closed) throw new BusinessRuleException(EmploymentErrors.OpeningClosed);
        var seeker = await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == r.JobSeekerId, ct)
            ?? throw new InvalidInputException(EmploymentErrors.NotFound, "jobSeekerId", EmploymentErrors.NotFound.Localized());
        if (seeker.State != JobSeekerState.Valid) throw new BusinessRuleException(EmploymentErrors.NotValid);
        var referral = new Referral(opening.Id, seeker.Id, r.ReferredOn!.Value);
        db.Referrals.Add(referral);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([referral], ct)).Single();
    }

    public async Task<ReferralDto> ConcludeAsync(Guid referralId, ReferralOutcomeRequest r, CancellationToken ct)
    {
        var referral = await FindReferralAsync(referralId, ct);
        db.ExpectStamp(referral, r.ConcurrencyStamp);
        referral.Conclude(r.Outcome!.Value);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([referral], ct)).Single();
    }

    /// <summary>The card an employer is given: the referred seeker's name, skills and phone only.</summary>
    public async Task<ReferralCardDto> CardAsync(Guid referralId, CancellationToken ct) =>
        await seekers.CardAsync((await FindReferralAsync(referralId, ct)).JobSeekerId, ct);

    private async Task<Opening> FindAsync(Guid id, CancellationToken ct) =>
        await db.Openings.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<Referral> FindReferralAsync(Guid id, CancellationToken ct) =>
        await db.Referrals.FirstOrDefaultAsync(o => o.Id == id, ct) ?? throw new NotFoundException(EmploymentErrors.NotFound);

    private async Task<IReadOnlyList<ReferralDto>> ToDtosAsync(IReadOnlyList<Referral> referrals, CancellationToken ct)
    {
        var seekerIds = referrals.Select(r => r.JobSeekerId).Distinct().ToList();
        var residents = await db.JobSeekers.AsNoTracking().Where(j => seekerIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.ResidentId, ct);
        var names = await registry.NamesAsync(residents.Values, ct);
        return referrals.Select(r => new ReferralDto(r.Id, r.OpeningId, r.JobSeekerId,
            residents.TryGetValue(r.JobSeekerId, out var resident) ? names.GetValueOrDefault(resident) : null, r.ReferredOn, r.Outcome, r.ConcurrencyStamp)).ToList();
    }

    private static OpeningDto ToDto(Opening o) => new(o.Id, o.Employer, o.Title, o.Positions, o.MonthlyPayFen, o.Source, o.PostedOn, o.Closed, o.ConcurrencyStamp);
}
