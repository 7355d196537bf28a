using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.MarketRegister.Leases;
using CommunityPlatform.MarketRegister.Markets;
using CommunityPlatform.MarketRegister.Vendors;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>Allocation rounds: announce, rank from a recorded seed, publish, answer objections, let by rank; and recompute.</summary>
public sealed class RoundService(MarketDbContext db, MarketService markets, ScoringService scoring, PriorityGrounds grounds, Actors actors, RequestContext scope,
    TimeProvider clock) : IScopedService
{
    public async Task<Paged<RoundDto>> ListAsync(RoundQuery q, CancellationToken ct)
    {
        var rounds = db.Rounds.AsNoTracking();
        if (q.State is { } state) rounds = rounds.Where(r => r.State == state);
        var total = await rounds.CountAsync(ct);
        var page = await rounds.OrderByDescending(r => r.AnnouncedOn).ThenByDescending(r => r.Code).Skip(q.Skip).Take(q.PageSize).ToListAsync(ct);
        var ids = page.Select(r => r.Id).ToList();
        var counts = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.RoundId)).GroupBy(a => a.RoundId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new Paged<RoundDto>(page.Select(r => ToDto(r, counts.GetValueOrDefault(r.Id))).ToList(), total);
    }

    public async Task<RoundDto> GetAsync(Guid id, CancellationToken ct) =>
        ToDto(await FindAsync(id, ct, tracked: false), await db.Applications.CountAsync(a => a.RoundId == id, ct));

    public async Task<RoundDto> CreateAsync(RoundRequest r, CancellationToken ct)
    {
        Market market;
        try
        {
            market = await markets.FindAsync(r.MarketId!.Value, ct, tracked: false);
        }
        catch (NotFoundException)
        {
            throw new InvalidInputException(MarketErrors.MarketNotFound, "marketId", Language.T("本社区没有这个市场。", "No such market in this community."));
        }

        var ids = r.StallIds!.Distinct().ToList();
        var vacant = await db.Stalls.CountAsync(s => ids.Contains(s.Id) && s.MarketId == market.Id && s.State == StallState.Vacant, ct);
        if (vacant != ids.Count) throw new InvalidInputException(MarketErrors.StallNotAvailable, "stallIds", Language.T("每个摊位都须是该市场的空置摊位。", "Every stall must be a vacant stall of the market."));
        var today = clock.Today();
        if (r.ApplyBy!.Value < today) throw new InvalidInputException(MarketErrors.ApplyByPast, "applyBy", Language.T("报名截止日期已过。", "The last day to apply is past."));
        var share = r.NewVendorSharePercent ?? (await scoring.CurrentAsync(ct)).NewVendorSharePercent;
        var round = await OpenAsync(market.Id, r.Title!, ids, share, today, r.ApplyBy.Value, ct);
        await db.SaveChangesAsync(ct);
        return ToDto(round, 0);
    }

    /// <summary>Adds a round (not saved) with the next code of the year and its stalls reserved for it.</summary>
    public async Task<AllocationRound> OpenAsync(Guid marketId, string title, IReadOnlyList<Guid> stallIds, int share, DateOnly announcedOn, DateOnly applyBy, CancellationToken ct)
    {
        var prefix = $"{scope.CommunityCode}-{announcedOn.Year}-";
        var count = await db.Rounds.IgnoreQueryFilters().CountAsync(r => r.CommunityId == scope.CommunityId && r.Code.StartsWith(prefix), ct);
        var round = new AllocationRound(marketId, prefix + (count + 1), title, stallIds, share, announcedOn, applyBy);
        round.Decide(clock.GetUtcNow().UtcDateTime, actors.Name, $"公布分配轮次：{stallIds.Count} 个摊位，新商户比例 {share}%", null);
        db.Rounds.Add(round);
        foreach (var stall in await db.Stalls.Where(s => stallIds.Contains(s.Id)).ToListAsync(ct)) stall.Reserve();
        return round;
    }

    /// <summary>Scores every eligible application from the community's weights and ranks them from the seed (given, or made and recorded).</summary>
    public async Task<RoundDto> RankAsync(Guid id, RoundStepRequest request, CancellationToken ct)
    {
        var round = await FindAsync(id, ct);
        db.ExpectStamp(round, request.ConcurrencyStamp);
        await RankAsync(round, request.Seed ?? Allocation.NewSeed(), request.Reason, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task RankAsync(AllocationRound round, string seed, string? reason, DateTime at, CancellationToken ct)
    {
        var weights = await scoring.CurrentAsync(ct);
        var applications = await db.Applications.Where(a => a.RoundId == round.Id).ToListAsync(ct);
        var residentIds = applications.Where(a => a.ResidentId is not null).Select(a => a.ResidentId!.Value).Distinct().ToList();
        var known = await grounds.OfAsync(residentIds, ct);
        var vendorIds = applications.Where(a => a.VendorId is not null).Select(a => a.VendorId!.Value).ToList();
        var vendors = await db.Vendors.AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        foreach (var a in applications)
        {
            var list = (a.ResidentId is { } r ? known.GetValueOrDefault(r) : null)?.ToList() ?? [];
            var vendor = a.VendorId is { } v ? vendors.GetValueOrDefault(v) : null;
            if (vendor is { YellowCards: 0, RedCards: 0 }) list.Add(PriorityGround.CleanRenewal);
            if (vendor is { RedCards: > 0 } && a.Eligible) a.Decide(false, "红牌经营户不得参加本轮分配");
            a.Scored(list, vendor?.YellowCards ?? 0, weights.Score(list, vendor?.YellowCards ?? 0));
            if (!a.Eligible) a.Place(ApplicationOutcome.Ineligible, null, null, null, null);
        }

        var result = await AllocateAsync(round, seed, applications, ct);
        var byId = applications.ToDictionary(a => a.Id);
        foreach (var line in result)
            byId[line.ApplicationId].Place(line.StallId is null ? ApplicationOutcome.Waiting : ApplicationOutcome.Won, line.Rank, line.LotteryOrder, line.StallId, line.WaitingPosition);
        round.Ranked(seed, result, at, actors.Name, reason);
    }

    /// <summary>The allocation from the recorded seed and the applications as they stand, beside the recorded one.</summary>
    public async Task<RecomputedAllocationDto> RecomputeAsync(Guid id, CancellationToken ct)
    {
        var round = await FindAsync(id, ct, tracked: false);
        if (round.Seed is null) throw new BusinessRuleException(MarketErrors.RoundStepNotAllowed, Language.T("本轮尚未排序。", "The round has not been ranked yet."));
        var applications = await db.Applications.AsNoTracking().Where(a => a.RoundId == round.Id).ToListAsync(ct);
        var again = await AllocateAsync(round, round.Seed, applications, ct);
        return new RecomputedAllocationDto(round.Seed, again.SequenceEqual(round.Result), round.Result, again);
    }

    public async Task<RoundDto> PublishAsync(Guid id, RoundStepRequest request, CancellationToken ct)
    {
        var round = await FindAsync(id, ct);
        db.ExpectStamp(round, request.ConcurrencyStamp);
        round.Publish(clock.Today(), clock.GetUtcNow().UtcDateTime, actors.Name, request.Reason);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>After the notice and with every objection answered: winners become vendors of their stalls, the rest wait.</summary>
    public async Task<RoundDto> LetAsync(Guid id, RoundStepRequest request, CancellationToken ct)
    {
        var round = await FindAsync(id, ct);
        db.ExpectStamp(round, request.ConcurrencyStamp);
        await LetAsync(round, clock.Today(), clock.GetUtcNow().UtcDateTime, request.Reason, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task LetAsync(AllocationRound round, DateOnly today, DateTime at, string? reason, CancellationToken ct)
    {
        if (await db.Objections.AnyAsync(o => o.RoundId == round.Id && o.Answer == null, ct)) throw new BusinessRuleException(MarketErrors.ObjectionsOpen);
        round.Let(today, at, actors.Name, reason);
        var winners = await db.Applications.Where(a => a.RoundId == round.Id && a.Outcome == ApplicationOutcome.Won).ToListAsync(ct);
        var stallIds = round.StallIds.ToList();
        var stalls = await db.Stalls.Where(s => stallIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var vendorIds = winners.Where(w => w.VendorId is not null).Select(w => w.VendorId!.Value).ToList();
        var vendors = await db.Vendors.Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, ct);
        var badges = await db.Vendors.IgnoreQueryFilters().CountAsync(v => v.CommunityId == scope.CommunityId && v.BadgeNumber != null, ct);
        foreach (var w in winners.OrderBy(w => w.Rank))
        {
            var vendor = w.VendorId is { } v && vendors.TryGetValue(v, out var known) ? known : null;
            if (vendor is null)
            {
                vendor = new Vendor(w.Name, w.ResidentId, w.IdNumber, w.CreditCode, w.Phone, w.Goods, null);
                db.Vendors.Add(vendor);
            }

            vendor.Resident = w.Grounds.Contains(PriorityGround.Resident);
            vendor.PriorityHousehold = w.PriorityHousehold;
            vendor.TakeStall(w.StallId!.Value, $"{scope.CommunityCode}-XK-{++badges:D4}", today.AddYears(2));
            var stall = stalls[w.StallId.Value];
            stall.LetTo(vendor.Id, vendor.Name, vendor.Resident, vendor.PriorityHousehold);
            // The lease is drafted at once; it is active when signed and the deposit paid.
            db.Leases.Add(new Lease(stall.Id, vendor.Id, today, today.AddYears(1).AddDays(-1), stall.MonthlyRentFen, Lease.DefaultManagementFen, Lease.DefaultCleaningFen,
                stall.MonthlyRentFen));
        }

        foreach (var unlet in stalls.Values.Where(s => s.State == StallState.Reserved)) unlet.Mark(StallState.Vacant);
    }

    private async Task<IReadOnlyList<AllocationLine>> AllocateAsync(AllocationRound round, string seed, IReadOnlyList<StallApplication> applications, CancellationToken ct)
    {
        var stallIds = round.StallIds.ToList();
        var stalls = await db.Stalls.AsNoTracking().Where(s => stallIds.Contains(s.Id)).Select(s => new { s.Id, s.Number, s.Zone }).ToListAsync(ct);
        return Allocation.Run(seed, stalls.Select(s => new Allocation.Place(s.Id, s.Number, s.Zone)).ToList(),
            applications.Where(a => a.Eligible).Select(a => new Allocation.Applicant(a.Id, a.Number, a.Score, a.NewVendor, a.PreferredZone)).ToList(),
            round.NewVendorSharePercent);
    }

    public async Task<AllocationRound> FindAsync(Guid id, CancellationToken ct, bool tracked = true) =>
        await (tracked ? db.Rounds : db.Rounds.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(MarketErrors.RoundNotFound);

    private static RoundDto ToDto(AllocationRound r, int applications) =>
        new(r.Id, r.Code, r.MarketId, r.Title, r.StallIds, r.NewVendorSharePercent, r.AnnouncedOn, r.ApplyBy, r.State, r.Seed, r.NoticeFrom, r.NoticeUntil,
            r.LetOn, applications, r.Decisions.Select(d => new RoundDecisionDto(d.At, d.By, d.What, d.Reason)).ToList(), r.ConcurrencyStamp);
}
