using CommunityPlatform.Data;
using CommunityPlatform.Errors;
using CommunityPlatform.Modularity;
using CommunityPlatform.PartyOrganization.Data;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.Residents;
using CommunityPlatform.Web.Console;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Reviews;

/// <summary>党员评议: a round per year, one result per member, and the yearly awards tied to them.</summary>
public sealed class ReviewService(PartyDbContext db, PartyNames names, MemberService members, IResidentDirectory registry) : IScopedService
{
    public async Task<IReadOnlyList<ReviewRoundDto>> RoundsAsync(CancellationToken ct)
    {
        var rounds = await db.ReviewRounds.AsNoTracking().OrderByDescending(r => r.Year).ToListAsync(ct);
        var counts = await db.ReviewEntries.AsNoTracking().GroupBy(e => new { e.RoundId, e.Result })
            .Select(g => new { g.Key.RoundId, g.Key.Result, Count = g.Count() }).ToListAsync(ct);
        return rounds.Select(r =>
        {
            var mine = counts.Where(c => c.RoundId == r.Id).ToDictionary(c => c.Result, c => c.Count);
            return new ReviewRoundDto(r.Id, r.Year, r.Title, mine.Values.Sum(), mine, r.ConcurrencyStamp);
        }).ToList();
    }

    public async Task<ReviewRoundDto> OpenAsync(ReviewRoundRequest request, CancellationToken ct)
    {
        if (await db.ReviewRounds.AnyAsync(r => r.Year == request.Year, ct)) throw new BusinessRuleException(PartyErrors.ReviewRoundExists);
        var round = new ReviewRound(request.Year!.Value, request.Title!);
        db.ReviewRounds.Add(round);
        await db.SaveUniqueAsync(PartyErrors.ReviewRoundExists, ct);
        return (await RoundsAsync(ct)).First(r => r.Id == round.Id);
    }

    public async Task<IReadOnlyList<ReviewResultDto>> ResultsAsync(Guid roundId, CancellationToken ct)
    {
        await RoundAsync(roundId, ct);
        var entries = await db.ReviewEntries.AsNoTracking().Where(e => e.RoundId == roundId).ToListAsync(ct);
        var people = await names.MembersAsync(entries.Select(e => e.MemberId), ct);
        return entries.Select(e => new ReviewResultDto(e.Id, e.MemberId, people.GetValueOrDefault(e.MemberId)?.Name ?? "", e.Result, e.Note))
            .OrderBy(e => e.Result).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>Records a member's result; recording again replaces the earlier result of the round.</summary>
    public async Task<ReviewResultDto> RecordAsync(Guid roundId, ReviewResultRequest request, CancellationToken ct)
    {
        await RoundAsync(roundId, ct);
        var member = await members.ActiveAsync(request.MemberId!.Value, "memberId", ct);
        var entry = await db.ReviewEntries.FirstOrDefaultAsync(e => e.RoundId == roundId && e.MemberId == member.Id, ct);
        if (entry is null) db.ReviewEntries.Add(entry = new ReviewEntry(roundId, member.Id, request.Result!.Value, request.Note));
        else entry.Set(request.Result!.Value, request.Note);
        await db.SaveChangesAsync(ct);
        var name = (await names.MembersAsync([member.Id], ct)).GetValueOrDefault(member.Id)?.Name ?? "";
        return new ReviewResultDto(entry.Id, member.Id, name, entry.Result, entry.Note);
    }

    public async Task<IReadOnlyList<AwardDto>> AwardsAsync(int? year, CancellationToken ct) =>
        await db.Awards.AsNoTracking().Where(a => year == null || a.Year == year).OrderByDescending(a => a.Year).ThenBy(a => a.Kind)
            .Select(a => new AwardDto(a.Id, a.Year, a.Kind, a.Name, a.MemberId, a.UnitId, a.HouseholdId, a.BuildingId)).ToListAsync(ct);

    /// <summary>An award names the one subject its kind needs; an excellent member must have been reviewed excellent that year.</summary>
    public async Task<AwardDto> AwardAsync(AwardRequest request, CancellationToken ct)
    {
        var kind = request.Kind!.Value;
        var year = request.Year!.Value;
        var given = new[] { request.MemberId, request.UnitId, request.HouseholdId, request.BuildingId }.Count(x => x is not null);
        var subject = kind switch
        {
            AwardKind.ExcellentMember => request.MemberId,
            AwardKind.LearningGroup => request.UnitId,
            AwardKind.LearningFamily => request.HouseholdId,
            _ => request.BuildingId,
        };
        if (given != 1 || subject is null) throw new BusinessRuleException(PartyErrors.AwardSubject, Lang.T("一项表彰只对应一个该类对象。", "An award names exactly one subject of its kind."));
        switch (kind)
        {
            case AwardKind.ExcellentMember:
                var member = await members.ActiveAsync(subject.Value, "memberId", ct);
                var excellent = await db.ReviewEntries.AnyAsync(e => e.MemberId == member.Id && e.Result == ReviewResult.Excellent
                    && db.ReviewRounds.Any(r => r.Id == e.RoundId && r.Year == year), ct);
                if (!excellent) throw new BusinessRuleException(PartyErrors.AwardNeedsExcellent);
                break;
            case AwardKind.LearningGroup when (await names.UnitAsync(subject.Value, ct)).Kind != UnitKind.Group:
                throw new BusinessRuleException(PartyErrors.AwardSubject, Lang.T("学习型党小组表彰须授予党小组。", "A learning-group award goes to a Party group."));
            case AwardKind.LearningFamily when (await registry.GetHouseholdsAsync([subject.Value], ct)).Count == 0:
                throw new InvalidInputException(PartyErrors.ResidentNotFound, "householdId", Lang.T("本社区没有这一户。", "No such household in this community."));
            case AwardKind.LearningBuilding when (await registry.GetBuildingsAsync([subject.Value], ct)).Count == 0:
                throw new InvalidInputException(PartyErrors.BuildingNotInRegistry, "buildingId", PartyErrors.BuildingNotInRegistry.Localized());
        }

        var award = new Award(year, kind, request.Name!, request.MemberId, request.UnitId, request.HouseholdId, request.BuildingId);
        db.Awards.Add(award);
        await db.SaveChangesAsync(ct);
        return new AwardDto(award.Id, award.Year, award.Kind, award.Name, award.MemberId, award.UnitId, award.HouseholdId, award.BuildingId);
    }

    private async Task<ReviewRound> RoundAsync(Guid id, CancellationToken ct) =>
        await db.ReviewRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException(PartyErrors.ReviewRoundNotFound);
}
