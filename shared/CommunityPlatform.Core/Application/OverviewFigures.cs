using CommunityPlatform.Tenancy;

namespace CommunityPlatform.Application;

/// <summary>
/// One headline figure a module shows on the street's and the city's overview: a count, or a rate (count of
/// <c>of</c>). Keys are the module's own (<c>events.open</c>); the overview prefixes nothing, so keep them unique.
/// </summary>
/// <param name="HigherIsBetter">For the ranking's order and colour: overdue events are better fewer.</param>
public sealed record OverviewFigure(string Key, string Title, string EnglishTitle, bool IsRate = false, bool HigherIsBetter = true);

/// <summary>A figure's value for one community (or summed): a count, or for a rate the count and what it is of.</summary>
public readonly record struct FigureValue(long Count, long Of = 0)
{
    public static FigureValue operator +(FigureValue a, FigureValue b) => new(a.Count + b.Count, a.Of + b.Of);

    /// <summary>The rate to one decimal, half away from zero, as the reports take it; null when there is nothing to take it of.</summary>
    public decimal? Percent => Of == 0 ? null : Math.Round(Count * 100m / Of, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// A module's headline figures for the street's and the city's overview and the big screen — the overview's one
/// contract, as <c>IDashboardCards</c> is the community dashboard's: a module that implements it (a scoped service)
/// appears there without the overview being edited. Batched: one call answers for every community asked (all in the
/// scope's database), so the city's 10,000 communities cost a few queries, not 10,000 (read them with
/// <c>AcrossCommunities</c> of the Data kernel). Only communities with the module on are asked; values are counts (rates
/// as count and of), so the totals are sums and each rate is taken once from them.
/// </summary>
public interface IOverviewFigures
{
    /// <summary>The module whose switch decides whether a community's figures are asked.</summary>
    string Module { get; }

    IReadOnlyList<OverviewFigure> Figures { get; }

    /// <summary>What <see cref="TrendAsync"/> counts, by key (none when the module keeps no trend).</summary>
    IReadOnlyList<OverviewFigure> Trends { get; }

    /// <summary>Each community's values by figure key; a community missing from the answer has zeros.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, FigureValue>>> ReadAsync(IReadOnlyCollection<CommunityInfo> communities, CancellationToken cancellationToken);

    /// <summary>
    /// The module's trend over the months from <paramref name="firstMonth"/> to this one (China time), summed over the
    /// communities: per month, by figure key (e.g. events reported). Empty when the module keeps no trend.
    /// </summary>
    Task<IReadOnlyList<(DateOnly Month, string Key, long Value)>> TrendAsync(IReadOnlyCollection<CommunityInfo> communities, DateOnly firstMonth, CancellationToken cancellationToken);
}
