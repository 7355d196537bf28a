namespace CommunityPlatform.MarketRegister;

/// <summary>Why an application for a stall scores more (or less): each ground has a weight in the community's settings.</summary>
public enum PriorityGround
{
    /// <summary>本社区居民</summary>
    Resident,

    /// <summary>低保户</summary>
    LowIncome,

    /// <summary>零就业家庭 (from the employment module, when it is on)</summary>
    ZeroEmploymentHousehold,

    /// <summary>困难或失业</summary>
    Difficulty,

    /// <summary>残疾人</summary>
    Disabled,

    /// <summary>续租且无违规</summary>
    CleanRenewal,
}

/// <summary>
/// Another module's knowledge of a resident's priority grounds, for the allocation of stalls: the market reads the
/// registry's tags itself, and asks every installed source whose module is switched on in the community for more —
/// the employment module answers <see cref="PriorityGround.ZeroEmploymentHousehold"/> and <see cref="PriorityGround.Difficulty"/>.
/// None installed, or its module off: the grounds are the registry's alone.
/// </summary>
public interface IPriorityGroundSource
{
    /// <summary>The module that answers (its switch decides whether it is asked).</summary>
    string Module { get; }

    /// <summary>The grounds this source knows for each of <paramref name="residentIds"/> (residents of the request's community); none for the others.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<PriorityGround>>> GroundsAsync(IReadOnlyCollection<Guid> residentIds, CancellationToken cancellationToken);
}
