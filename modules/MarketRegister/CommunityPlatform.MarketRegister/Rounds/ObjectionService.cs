using CommunityPlatform.Application;
using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>Objections during a round's notice, each answered with its reason; an upheld one withdraws the notice.</summary>
public sealed class ObjectionService(MarketDbContext db, RoundService rounds, Actors actors, TimeProvider clock) : IScopedService
{
    public async Task<IReadOnlyList<ObjectionDto>> ListAsync(Guid roundId, CancellationToken ct)
    {
        await rounds.FindAsync(roundId, ct, tracked: false);
        var objections = await db.Objections.AsNoTracking().Where(o => o.RoundId == roundId).OrderBy(o => o.RaisedAt).ToListAsync(ct);
        return objections.Select(ToDto).ToList();
    }

    public async Task<ObjectionDto> RaiseAsync(Guid roundId, ObjectionRequest r, CancellationToken ct)
    {
        var round = await rounds.FindAsync(roundId, ct, tracked: false);
        if (round.State != RoundState.Notice) throw new BusinessRuleException(MarketErrors.RoundStepNotAllowed, Language.T("异议须在公示期内提出。", "Objections are raised during the notice."));
        if (r.ApplicationId is { } a && !await db.Applications.AnyAsync(x => x.Id == a && x.RoundId == roundId, ct))
            throw new InvalidInputException(MarketErrors.ApplicationNotFound, "applicationId", Language.T("本轮没有这份申请。", "No such application in this round."));
        var objection = new Objection(roundId, r.ApplicationId, r.RaisedBy!, r.Text!, clock.GetUtcNow().UtcDateTime);
        db.Objections.Add(objection);
        await db.SaveChangesAsync(ct);
        return ToDto(objection);
    }

    public async Task<ObjectionDto> AnswerAsync(Guid roundId, Guid id, ObjectionAnswerRequest r, CancellationToken ct)
    {
        var round = await rounds.FindAsync(roundId, ct);
        var objection = await db.Objections.FirstOrDefaultAsync(o => o.Id == id && o.RoundId == roundId, ct) ?? throw new NotFoundException(MarketErrors.ObjectionNotFound);
        db.ExpectStamp(objection, r.ConcurrencyStamp);
        var now = clock.GetUtcNow().UtcDateTime;
        objection.AnswerWith(r.Answer!, r.Upheld!.Value, now);
        if (r.Upheld.Value && round.State == RoundState.Notice) round.Withdraw(now, actors.Name, $"异议成立：{r.Answer}");
        else round.Decide(now, actors.Name, r.Upheld.Value ? "异议成立" : "异议不成立", r.Answer);
        await db.SaveChangesAsync(ct);
        return ToDto(objection);
    }

    private static ObjectionDto ToDto(Objection o) =>
        new(o.Id, o.RoundId, o.ApplicationId, o.RaisedBy, o.Text, o.RaisedAt, o.Answer, o.Upheld, o.AnsweredAt, o.ConcurrencyStamp);
}
