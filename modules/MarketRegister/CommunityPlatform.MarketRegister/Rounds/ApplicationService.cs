using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>Applications to a round: a resident through the registry, or an outsider by ID number or credit code; eligibility with reasons.</summary>
public sealed class ApplicationService(MarketDbContext db, RoundService rounds, IResidentDirectory registry, Actors actors, TimeProvider clock) : IScopedService
{
    public async Task<Paged<StallApplicationDto>> ListAsync(Guid roundId, PageQuery q, CancellationToken ct)
    {
        await rounds.FindAsync(roundId, ct, tracked: false);
        var applications = db.Applications.AsNoTracking().Where(a => a.RoundId == roundId);
        var total = await applications.CountAsync(ct);
        var page = await applications.OrderBy(a => a.Rank == null).ThenBy(a => a.Rank).ThenBy(a => a.Number).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        return new Paged<StallApplicationDto>(await ToDtosAsync(page, ct), total);
    }

    public async Task<StallApplicationDto> ApplyAsync(Guid roundId, StallApplicationRequest r, CancellationToken ct)
    {
        var round = await rounds.FindAsync(roundId, ct);
        var application = await NewAsync(round, r, ct);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([application], ct))[0];
    }

    /// <summary>Checks the applicant and adds the application (not saved).</summary>
    public async Task<StallApplication> NewAsync(AllocationRound round, StallApplicationRequest r, CancellationToken ct)
    {
        string name;
        string? idNumber = null, creditCode = r.CreditCode?.Trim().ToUpperInvariant();
        if (r.ResidentId is { } residentId)
        {
            var resident = (await registry.GetManyAsync([residentId], ct)).FirstOrDefault(p => p.Status == ResidentStatus.Living)
                           ?? throw new InvalidInputException(MarketErrors.ResidentNotFound, "residentId", Language.T("本社区没有这位在住居民。", "No such resident living in this community."));
            name = resident.Name;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(r.Name) || (r.IdNumber is null && creditCode is null))
                throw new InvalidInputException(MarketErrors.ApplicantUnknown, "name", MarketErrors.ApplicantUnknown.Localized());
            if (r.IdNumber is not null && (idNumber = IdentityNumbers.Normalize(r.IdNumber)) is null)
                throw new InvalidInputException(MarketErrors.IdNumberInvalid, "idNumber", Language.T("身份证号的校验位或出生日期不正确。", "The check digit or the birth date is wrong."));
            name = r.Name.Trim();
        }

        if (r.VendorId is { } vendorId && !await db.Vendors.AnyAsync(v => v.Id == vendorId, ct))
            throw new InvalidInputException(MarketErrors.VendorNotFound, "vendorId", Language.T("本社区没有这一经营户。", "No such vendor of this community."));
        var same = db.Applications.Where(a => a.RoundId == round.Id);
        if (await same.AnyAsync(a => (r.ResidentId != null && a.ResidentId == r.ResidentId) || (idNumber != null && a.IdNumber == idNumber)
                                      || (creditCode != null && a.CreditCode == creditCode), ct))
            throw new ConflictException(MarketErrors.AlreadyApplied);

        var application = new StallApplication(round.Id, round.NextApplicationNumber(clock.Today()), r.ResidentId, name, idNumber, creditCode, r.Phone!, r.Goods!,
            r.PreferredZone, r.VendorId);
        db.Applications.Add(application);
        return application;
    }

    /// <summary>Staff decide eligibility while the round is not yet let; the reason is kept on the application and the round.</summary>
    public async Task<StallApplicationDto> DecideAsync(Guid roundId, Guid id, EligibilityRequest r, CancellationToken ct)
    {
        var round = await rounds.FindAsync(roundId, ct);
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == id && a.RoundId == roundId, ct) ?? throw new NotFoundException(MarketErrors.ApplicationNotFound);
        db.ExpectStamp(application, r.ConcurrencyStamp);
        if (round.State is not (RoundState.Open or RoundState.Ranked)) throw new BusinessRuleException(MarketErrors.RoundStepNotAllowed, Language.T("资格须在公示前审定。", "Eligibility is decided before the notice."));
        application.Decide(r.Eligible!.Value, r.Reason);
        round.Decide(clock.GetUtcNow().UtcDateTime, actors.Name, $"第 {application.Number} 号申请：{(r.Eligible.Value ? "符合条件" : "不符合条件")}", r.Reason);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync([application], ct))[0];
    }

    private async Task<IReadOnlyList<StallApplicationDto>> ToDtosAsync(IReadOnlyList<StallApplication> page, CancellationToken ct)
    {
        var stallIds = page.Where(a => a.StallId is not null).Select(a => a.StallId!.Value).Distinct().ToList();
        var numbers = await db.Stalls.AsNoTracking().Where(s => stallIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
        var sensitive = actors.SeesSensitive;
        return page.Select(a => new StallApplicationDto(a.Id, a.Number, a.ResidentId, a.Name, Masking.Identifier(a.IdNumber), Masking.Identifier(a.CreditCode),
            Masking.Phone(a.Phone)!, a.Goods, a.PreferredZone, a.VendorId, a.NewVendor, a.Eligible, a.IneligibleReason, sensitive ? a.Grounds : null,
            sensitive ? a.YellowCards : null, sensitive ? a.Score : null, a.LotteryOrder, a.Rank, a.Outcome, a.StallId,
            a.StallId is { } s ? numbers.GetValueOrDefault(s) : null, a.WaitingPosition, a.ConcurrencyStamp)).ToList();
    }
}
