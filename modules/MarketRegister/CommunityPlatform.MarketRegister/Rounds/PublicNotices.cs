using CommunityPlatform.Errors;
using CommunityPlatform.MarketRegister.Data;
using CommunityPlatform.Modularity;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>
/// A round's public notice (公示), read without an account: masked names, stall, rank and lottery order — never the
/// score or its grounds, since a total read against the published weights would reveal a 低保 or a disability. The
/// community comes from the round's code; a community with the module off has no notices.
/// </summary>
public sealed class PublicNotices(IServiceScopeFactory scopes, ICommunityDirectory communities, IModuleSwitches switches) : IScopedService
{
    public async Task<PublicNoticeDto> GetAsync(string code, CancellationToken ct)
    {
        var parts = code.Split('-');
        var community = parts.Length >= 3 ? communities.FindByCode(string.Join('-', parts[..^2])) : null;
        if (community is null || !switches.IsEnabled(community.Id, MarketRegisterModule.Name)) throw new NotFoundException(MarketErrors.NoticeNotFound);

        // Read in a scope of the round's community, on its own database if it has one (an anonymous request names none).
        await using var inner = scopes.CreateAsyncScope(community);
        var db = inner.ServiceProvider.GetRequiredService<MarketDbContext>();
        var round = await db.Rounds.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct);
        if (round is not { State: RoundState.Notice or RoundState.Let, NoticeFrom: { } from, NoticeUntil: { } until, Seed: { } seed })
            throw new NotFoundException(MarketErrors.NoticeNotFound);
        var market = await db.Markets.AsNoTracking().FirstAsync(m => m.Id == round.MarketId, ct);
        var applications = await db.Applications.AsNoTracking().Where(a => a.RoundId == round.Id && a.Rank != null).ToListAsync(ct);
        var stallIds = round.StallIds.ToList();
        var numbers = await db.Stalls.AsNoTracking().Where(s => stallIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Number, ct);
        var lines = applications.OrderBy(a => a.Rank)
            .Select(a => (a, Line: new NoticeLine(Masking.Name(a.Name), a.StallId is { } s ? numbers.GetValueOrDefault(s) : null, a.Rank!.Value, a.LotteryOrder!.Value))).ToList();
        return new PublicNoticeDto(round.Code, community.Name, market.Name, round.Title, from, until, seed, market.ComplaintPhone,
            lines.Where(l => l.a.Outcome == ApplicationOutcome.Won).Select(l => l.Line).ToList(),
            lines.Where(l => l.a.Outcome == ApplicationOutcome.Waiting).Select(l => l.Line).ToList());
    }
}
