using CommunityPlatform.Application;
using CommunityPlatform.Domain;
using CommunityPlatform.Errors;

namespace CommunityPlatform.MarketRegister.Rounds;

/// <summary>
/// An allocation round (公开公平公正): announced with its stalls, applications taken, ranked from a recorded seed,
/// published for at least five working days with objections, then let by rank with a waiting list. Each step is a
/// decision kept with its reason.
/// </summary>
public sealed class AllocationRound : CommunityAggregate
{
    private List<RoundDecision> decisions = [];

    private AllocationRound()
    {
    }

    public AllocationRound(Guid marketId, string code, string title, IReadOnlyList<Guid> stallIds, int newVendorSharePercent, DateOnly announcedOn, DateOnly applyBy)
    {
        if (applyBy < announcedOn) throw new BusinessRuleException(MarketErrors.ApplyByPast);
        (MarketId, Code, Title, StallIds, NewVendorSharePercent, AnnouncedOn, ApplyBy) =
            (marketId, code, title.Trim(), stallIds.Distinct().ToList(), newVendorSharePercent, announcedOn, applyBy);
    }

    public Guid MarketId { get; private set; }

    /// <summary><c>{community}-{year}-{n}</c>: the public notice's address names the community without an account.</summary>
    public string Code { get; private set; } = "";

    public string Title { get; private set; } = "";
    public IReadOnlyList<Guid> StallIds { get; private set; } = [];
    public int NewVendorSharePercent { get; private set; }
    public DateOnly AnnouncedOn { get; private set; }
    public DateOnly ApplyBy { get; private set; }
    public RoundState State { get; private set; }
    public string? Seed { get; private set; }
    public DateOnly? NoticeFrom { get; private set; }
    public DateOnly? NoticeUntil { get; private set; }
    public DateOnly? LetOn { get; private set; }
    public int LastApplicationNumber { get; private set; }

    /// <summary>The allocation as recorded when ranked: what a recomputation from the seed must give again.</summary>
    public IReadOnlyList<AllocationLine> Result { get; private set; } = [];

    public IReadOnlyList<RoundDecision> Decisions
    {
        get => decisions;
        private set => decisions = value.ToList();
    }

    public int NextApplicationNumber(DateOnly today)
    {
        if (State != RoundState.Open) throw new BusinessRuleException(MarketErrors.RoundStepNotAllowed, Language.T("本轮不再接受申请。", "The round takes no more applications."));
        if (today > ApplyBy) throw new BusinessRuleException(MarketErrors.ApplyByPast);
        return ++LastApplicationNumber;
    }

    public void Ranked(string seed, IReadOnlyList<AllocationLine> result, DateTime at, string? by, string? reason)
    {
        Allow(RoundState.Open, RoundState.Ranked);
        (Seed, Result, State) = (seed, result, RoundState.Ranked);
        Decide(at, by, $"排名（种子 {seed}）", reason);
    }

    /// <summary>公示 from <paramref name="today"/> through the fifth working day after it.</summary>
    public void Publish(DateOnly today, DateTime at, string? by, string? reason)
    {
        Allow(RoundState.Ranked);
        (NoticeFrom, NoticeUntil, State) = (today, ChinaWorkdays.Add(today, 5), RoundState.Notice);
        Decide(at, by, $"公示 {today:yyyy-MM-dd} 至 {NoticeUntil:yyyy-MM-dd}", reason);
    }

    /// <summary>An upheld objection withdraws the notice: the decision is mended, ranked and published again.</summary>
    public void Withdraw(DateTime at, string? by, string reason)
    {
        Allow(RoundState.Notice);
        (NoticeFrom, NoticeUntil, State) = (null, null, RoundState.Ranked);
        Decide(at, by, "撤回公示", reason);
    }

    public void Let(DateOnly today, DateTime at, string? by, string? reason)
    {
        Allow(RoundState.Notice);
        if (today <= NoticeUntil) throw new BusinessRuleException(MarketErrors.NoticeNotOver, Language.T($"公示期到{NoticeUntil:yyyy-MM-dd}为止。", $"The notice runs until {NoticeUntil:yyyy-MM-dd}."));
        (LetOn, State) = (today, RoundState.Let);
        Decide(at, by, "按排名出租摊位", reason);
    }

    public void Decide(DateTime at, string? by, string what, string? reason) =>
        decisions = [.. decisions, new RoundDecision(at, by, what, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim())];

    private void Allow(params RoundState[] from)
    {
        if (!from.Contains(State)) throw new BusinessRuleException(MarketErrors.RoundStepNotAllowed, Language.T($"本轮处于“{Labels.Of(State)}”时不能这样办理。", $"Not allowed while the round is {State}."));
    }
}

/// <summary>What was decided, when, by whom and why.</summary>
public sealed record RoundDecision(DateTime At, string? By, string What, string? Reason);
